package org.welfareintelligence.analytics.inputs;

/**
 * The census sections an analysis runs on, as parallel arrays indexed 0..n-1: where each one is in the city's
 * metric CRS (its centroid, or a point of its census area or neighbourhood when it has no polygon), its
 * residents and the units it belongs to. ISTAT placeholder sections (people without a place) are left out.
 */
public record StudySections(long[] id, String[] code, double[] x, double[] y, double[] population,
                            double[] areaKm2, String[][] unitCode, String[][] unitName) {

    public int size() {
        return id.length;
    }

    /** Code of the unit of {@code level} that section {@code i} belongs to (null when not linked). */
    public String unit(Level level, int i) {
        return unitCode[level.ordinal()][i];
    }

    public String unitName(Level level, int i) {
        return unitName[level.ordinal()][i];
    }
}
