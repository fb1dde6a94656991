package org.welfareintelligence.i18n;

import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;

/** The languages the product speaks; Italian, the city's language, comes first and is the default. */
public enum Language {
    IT(Locale.ITALIAN), EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return locale.getLanguage();
    }

    /** The language of a locale or tag ("en-GB", "it"), or null when the product does not speak it. */
    public static Language of(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String code = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
        for (Language language : values()) {
            if (language.code().equals(code)) {
                return language;
            }
        }
        return null;
    }

    /** The language of the request being answered (Italian outside a request). */
    public static Language current() {
        return of(LocaleContextHolder.getLocale());
    }

    /** Of a name kept in both languages (the taxonomy's name_it and name_en), the one in this language. */
    public String pick(String italian, String english) {
        String name = this == EN ? english : italian;
        return name == null || name.isBlank() ? (this == EN ? italian : english) : name;
    }

    /** English for a locale in English, otherwise Italian: how APIs choose between {@code name_it} and {@code name_en}. */
    public static Language of(Locale locale) {
        Language language = locale == null ? null : of(locale.toLanguageTag());
        return language == null ? IT : language;
    }
}
