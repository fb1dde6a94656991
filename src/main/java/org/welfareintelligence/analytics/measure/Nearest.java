package org.welfareintelligence.analytics.measure;

import java.util.Arrays;

/**
 * The nearest destination of each origin and the cost to its n-th nearest ("dual access": how far one must go
 * to have n choices). Rows being sorted by cost then id, ties go to the lower destination id.
 */
public final class Nearest {

    private Nearest() {
    }

    /** The nearest destination of each origin, -1 when none lies within the table's cutoff. */
    public static int[] nearestDestination(SparseCosts costs) {
        int[] nearest = new int[costs.origins()];
        for (int i = 0; i < nearest.length; i++) {
            nearest[i] = costs.rowEnd(i) > costs.rowStart(i) ? costs.destination(costs.rowStart(i)) : -1;
        }
        return nearest;
    }

    /** The cost to the n-th nearest destination (n = 1 is the nearest), NaN when fewer than n are within reach. */
    public static double[] nthNearestCost(SparseCosts costs, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, got " + n);
        }
        double[] cost = new double[costs.origins()];
        Arrays.fill(cost, Double.NaN);
        for (int i = 0; i < cost.length; i++) {
            if (costs.rowEnd(i) - costs.rowStart(i) >= n) {
                cost[i] = costs.cost(costs.rowStart(i) + n - 1);
            }
        }
        return cost;
    }
}
