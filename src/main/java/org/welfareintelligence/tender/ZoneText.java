package org.welfareintelligence.tender;

import java.util.Locale;
import org.springframework.context.MessageSource;

/** The texts of a report, a file or a bid check in the reader's language, by message key. */
record ZoneText(MessageSource messages, Locale locale) {

    String get(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** A figure with {@code digits} decimals as the language writes it (1.234,5 in Italian); "–" for none. */
    String number(Double value, int digits) {
        return value == null || value.isNaN() ? "–" : String.format(locale, "%,." + digits + "f", value);
    }
}
