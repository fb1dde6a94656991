package org.welfareintelligence.optimisation;

import java.util.Arrays;

/**
 * What every location model is given: costs, demand weights, which sites may be opened and which
 * existing sites must stay open. Arrays are copied on the way in.
 *
 * @param costs      demand-to-site costs
 * @param weights    weight of each demand point (finite, non-negative); see {@link DemandWeights#combine}
 * @param candidates sites that may be opened, ascending, without duplicates (fixed sites need not be listed)
 * @param fixed      existing sites that stay open whatever the model decides, ascending
 */
public record LocationData(CostMatrix costs, double[] weights, int[] candidates, int[] fixed) {

    public LocationData {
        if (costs == null) {
            throw new IllegalArgumentException("cost matrix is missing");
        }
        if (weights == null || weights.length != costs.demands()) {
            throw new IllegalArgumentException("weights must hold one value per demand point (" + costs.demands()
                    + "), got " + (weights == null ? "none" : weights.length));
        }
        weights = weights.clone();
        for (int i = 0; i < weights.length; i++) {
            if (!(weights[i] >= 0) || Double.isInfinite(weights[i])) {
                throw new IllegalArgumentException("weight of demand point " + i
                        + " must be finite and non-negative, got " + weights[i]);
            }
        }
        candidates = checkedSites("candidate", candidates, costs.sites());
        fixed = checkedSites("fixed", fixed, costs.sites());
    }

    /** Every site of the cost matrix is a candidate, none is fixed. */
    public static LocationData allSites(CostMatrix costs, double[] weights) {
        int[] all = new int[costs.sites()];
        Arrays.setAll(all, j -> j);
        return new LocationData(costs, weights, all, new int[0]);
    }

    /** Same data with {@code existing} kept open. */
    public LocationData withFixed(int... existing) {
        return new LocationData(costs, weights, candidates, existing);
    }

    /** Candidates and fixed sites together, ascending: the sites a solver may have open. */
    public int[] openable() {
        return java.util.stream.IntStream.concat(Arrays.stream(candidates), Arrays.stream(fixed))
                .distinct().sorted().toArray();
    }

    /** Checks that p sites can be open: at least one, every fixed site, at most every openable site. */
    void requireSiteCount(int p) {
        int openable = openable().length;
        int least = Math.max(1, fixed.length);
        if (p < least || p > openable) {
            throw new IllegalArgumentException("p must be between " + least
                    + " (at least one, and every fixed site) and the number of openable sites (" + openable
                    + "), got " + p);
        }
    }

    /** Checks a per-site array (opening costs, capacities): one finite, non-negative value per site. */
    void requirePerSite(String plural, String singular, double[] values) {
        if (values == null || values.length != costs.sites()) {
            throw new IllegalArgumentException(plural + " must hold one value per site (" + costs.sites() + "), got "
                    + (values == null ? "none" : values.length));
        }
        for (int j = 0; j < values.length; j++) {
            if (!(values[j] >= 0) || Double.isInfinite(values[j])) {
                throw new IllegalArgumentException(singular + " of site " + j + " must be finite and non-negative, got "
                        + values[j]);
            }
        }
    }

    public double totalWeight() {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        return sum;
    }

    private static int[] checkedSites(String role, int[] sites, int siteCount) {
        int[] sorted = sites == null ? new int[0] : sites.clone();
        Arrays.sort(sorted);
        for (int k = 0; k < sorted.length; k++) {
            if (sorted[k] < 0 || sorted[k] >= siteCount) {
                throw new IllegalArgumentException(role + " site " + sorted[k] + " is not a site of the cost matrix (0.."
                        + (siteCount - 1) + ")");
            }
            if (k > 0 && sorted[k] == sorted[k - 1]) {
                throw new IllegalArgumentException(role + " site " + sorted[k] + " is listed twice");
            }
        }
        return sorted;
    }
}
