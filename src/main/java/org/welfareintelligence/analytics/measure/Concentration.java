package org.welfareintelligence.analytics.measure;

/** Density per km² and location quotient. */
public final class Concentration {

    private Concentration() {
    }

    public static double[] density(double[] count, double[] areaKm2) { throw new UnsupportedOperationException(); }

    public static double[] locationQuotient(double[] targetCount, double[] population) {
        throw new UnsupportedOperationException();
    }
}
