package org.welfareintelligence.analytics.measure;

/** Inequality of a value across areas, weighted by the target population. */
public final class Equity {

    public record Theil(double total, double between, double within) {
    }

    private Equity() {
    }

    public static double gini(double[] x, double[] weight) { throw new UnsupportedOperationException(); }
    public static double coefficientOfVariation(double[] x, double[] weight) { throw new UnsupportedOperationException(); }
    public static double palma(double[] x, double[] weight) { throw new UnsupportedOperationException(); }
    public static double[][] lorenz(double[] x, double[] weight) { throw new UnsupportedOperationException(); }
    public static Theil theil(double[] x, double[] weight, int[] group) { throw new UnsupportedOperationException(); }
}
