package org.welfareintelligence.analytics.inputs;

import java.util.Locale;

/** The territorial units an analysis can be reported at. */
public enum Level {
    SECTION, NEIGHBOURHOOD, CENSUS_AREA, MUNICIPIO;

    public static Level parse(String text) {
        String key = text == null ? "" : text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return switch (key) {
            case "SECTION" -> SECTION;
            case "NEIGHBOURHOOD", "NIL" -> NEIGHBOURHOOD;
            case "CENSUS_AREA", "ACE" -> CENSUS_AREA;
            case "MUNICIPIO" -> MUNICIPIO;
            default -> throw new IllegalArgumentException("unknown level '" + text
                    + "': use section, neighbourhood (nil), census-area (ace) or municipio");
        };
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
