package org.welfareintelligence.analytics.measure;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Figures that differ only by floating-point noise are the same figure. A rate computed as (national rate ×
 * base) / base differs between units in the sixteenth digit; ranking, normalising or testing such noise would
 * report differences the data do not have. Two values are equal when they differ by at most
 * {@link #RELATIVE} of the largest magnitude in play, far below the precision of any census figure.
 */
public final class Precision {

    public static final double RELATIVE = 1e-9;

    private Precision() {
    }

    /** The largest absolute finite value, 0 for none. */
    public static double magnitude(double[] values) {
        double largest = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                largest = Math.max(largest, Math.abs(v));
            }
        }
        return largest;
    }

    /** Whether {@code a} and {@code b} are the same figure on a field of the given magnitude. */
    public static boolean same(double a, double b, double magnitude) {
        return a == b || Math.abs(a - b) <= RELATIVE * Math.max(magnitude, Double.MIN_NORMAL);
    }

    /** Whether a spread (max − min, a standard deviation) is only noise on a field of the given magnitude. */
    public static boolean isNoise(double spread, double magnitude) {
        return spread <= RELATIVE * magnitude;
    }

    /**
     * Competition ranks by descending value (1, 2, 2, 4), equal figures sharing the best rank of their group;
     * within a group the lower index comes first. Each value is compared with the first of its group, so a
     * chain of small steps cannot merge distinct figures.
     */
    public static int[] descendingRanks(double[] values) {
        double magnitude = magnitude(values);
        Integer[] order = IntStream.range(0, values.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer u) -> -values[u]).thenComparingInt(u -> u));
        int[] rank = new int[values.length];
        int leader = -1;
        for (int position = 0; position < order.length; position++) {
            int u = order[position];
            if (leader >= 0 && same(values[leader], values[u], magnitude)) {
                rank[u] = rank[leader];
            } else {
                leader = u;
                rank[u] = position + 1;
            }
        }
        return rank;
    }
}
