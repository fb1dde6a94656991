package org.welfareintelligence.analytics.measure;

/** The nearest destination and the cost to the n-th nearest ("dual access"). */
public final class Nearest {

    private Nearest() {
    }

    public static int[] nearestDestination(SparseCosts costs) { throw new UnsupportedOperationException(); }

    public static double[] nthNearestCost(SparseCosts costs, int n) { throw new UnsupportedOperationException(); }
}
