package org.welfareintelligence.partner.core;

import java.util.Arrays;

/**
 * Greedy maximum coverage of unmet need by partners. Each needed service {@code s} has an unmet need
 * {@code unmet[s]} (people); candidate {@code c} can cover up to {@code reach[c][s]} of it (its places within
 * reach). The coverage of a set of partners is Σ_s min(unmet[s], Σ_{c in set} reach[c][s]), a monotone submodular
 * function, so choosing at each step the candidate with the largest marginal gain is within 1 − 1/e of the best
 * set of k. Ties go to the lower index; the choice stops early when nobody adds anything.
 */
public final class PartnerCoverage {

    /**
     * The partners in the order chosen, what each one adds per service over the ones before it
     * ({@code added[step][s]}), and the need left uncovered per service.
     */
    public record Choice(int[] chosen, double[][] added, double[] uncovered) {

        /** What partner {@code step} adds over all services. */
        public double addedTotal(int step) {
            return Arrays.stream(added[step]).sum();
        }
    }

    private PartnerCoverage() {
    }

    public static Choice choose(double[] unmet, double[][] reach, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, got " + k);
        }
        requireAmounts("unmet", unmet);
        for (double[] row : reach) {
            if (row.length != unmet.length) {
                throw new IllegalArgumentException("every reach row needs one value per service (" + unmet.length + ")");
            }
            requireAmounts("reach", row);
        }
        double[] remaining = unmet.clone();
        boolean[] taken = new boolean[reach.length];
        int[] chosen = new int[Math.min(k, reach.length)];
        double[][] added = new double[chosen.length][];
        int steps = 0;
        while (steps < chosen.length) {
            int best = -1;
            double bestGain = 0;
            for (int c = 0; c < reach.length; c++) {
                double gain = taken[c] ? 0 : gain(remaining, reach[c]);
                if (gain > bestGain) {
                    best = c;
                    bestGain = gain;
                }
            }
            if (best < 0) {
                break;
            }
            taken[best] = true;
            chosen[steps] = best;
            added[steps] = new double[remaining.length];
            for (int s = 0; s < remaining.length; s++) {
                added[steps][s] = Math.min(remaining[s], reach[best][s]);
                remaining[s] -= added[steps][s];
            }
            steps++;
        }
        return new Choice(Arrays.copyOf(chosen, steps), Arrays.copyOf(added, steps), remaining);
    }

    private static double gain(double[] remaining, double[] reach) {
        double gain = 0;
        for (int s = 0; s < remaining.length; s++) {
            gain += Math.min(remaining[s], reach[s]);
        }
        return gain;
    }

    private static void requireAmounts(String name, double[] values) {
        for (double v : values) {
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException(name + " must hold finite amounts of at least 0, got " + v);
            }
        }
    }
}
