package org.welfareintelligence.territory;

/** Levels of the territorial hierarchy above the census section. */
public enum AreaLevel {
    CITY, MUNICIPIO, NEIGHBOURHOOD, CENSUS_AREA;

    /** Parses a level from a URL or form value such as "municipio" or "census-area". */
    public static AreaLevel parse(String text) {
        String normalised = text.trim().toUpperCase().replace('-', '_');
        if (normalised.equals("NIL")) {
            return NEIGHBOURHOOD;
        }
        if (normalised.equals("ACE")) {
            return CENSUS_AREA;
        }
        return AreaLevel.valueOf(normalised);
    }
}
