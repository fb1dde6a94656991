package org.welfareintelligence.web;

import org.springframework.context.i18n.LocaleContextHolder;

/** The reader's language for names taken from the database: Italian unless English is asked for. */
public final class Languages {

    private Languages() {
    }

    public static boolean english() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage());
    }

    /** The taxonomy's name column ({@code name_it} or {@code name_en}) of {@code alias} in the reader's language. */
    public static String nameColumn(String alias) {
        return alias + (english() ? ".name_en" : ".name_it");
    }
}
