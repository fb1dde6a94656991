package org.welfareintelligence.optimisation;

import java.util.Arrays;

/**
 * Input of a p-median problem: choose {@code p} of {@code m} candidate sites so that the weighted
 * sum of the costs from each of {@code n} demand points to its nearest open site is smallest.
 *
 * <p>The cost matrix is dense and flattened row by row: {@code cost[i * m + j]} is the cost from
 * demand point {@code i} to candidate site {@code j}. Sites listed in {@code fixedOpen} (existing
 * facilities) are always open and count towards {@code p}. Instances are immutable: arrays are
 * copied on the way in.
 */
public final class PMedianProblem {

    private final int demandCount;
    private final int siteCount;
    private final double[] cost;
    private final double[] weights;
    private final int p;
    private final int[] fixedOpen;

    /** A problem with no facility forced open. */
    public PMedianProblem(double[] cost, double[] weights, int siteCount, int p) {
        this(cost, weights, siteCount, p, new int[0]);
    }

    public PMedianProblem(double[] cost, double[] weights, int siteCount, int p, int[] fixedOpen) {
        if (weights == null || weights.length == 0) {
            throw new IllegalArgumentException("weights must hold one value per demand point (at least one)");
        }
        if (siteCount < 1) {
            throw new IllegalArgumentException("siteCount must be at least 1, got " + siteCount);
        }
        if (cost == null || (long) weights.length * siteCount != cost.length) {
            throw new IllegalArgumentException("cost matrix must have n*m = " + weights.length + "*" + siteCount
                    + " = " + ((long) weights.length * siteCount) + " entries, got "
                    + (cost == null ? "null" : cost.length));
        }
        if (p < 1 || p > siteCount) {
            throw new IllegalArgumentException("p must be between 1 and the number of candidate sites ("
                    + siteCount + "), got " + p);
        }
        for (int i = 0; i < weights.length; i++) {
            if (!(weights[i] >= 0) || Double.isInfinite(weights[i])) {
                throw new IllegalArgumentException("weight of demand point " + i
                        + " must be finite and non-negative, got " + weights[i]);
            }
        }
        for (int k = 0; k < cost.length; k++) {
            if (!(cost[k] >= 0) || Double.isInfinite(cost[k])) {
                throw new IllegalArgumentException("cost from demand point " + (k / siteCount) + " to site "
                        + (k % siteCount) + " must be finite and non-negative, got " + cost[k]);
            }
        }
        int[] fixed = fixedOpen == null ? new int[0] : fixedOpen.clone();
        if (fixed.length > p) {
            throw new IllegalArgumentException("cannot keep " + fixed.length + " fixed sites open with p = " + p);
        }
        boolean[] seen = new boolean[siteCount];
        for (int site : fixed) {
            if (site < 0 || site >= siteCount) {
                throw new IllegalArgumentException("fixed site " + site + " is not a candidate (0.." + (siteCount - 1) + ")");
            }
            if (seen[site]) {
                throw new IllegalArgumentException("fixed site " + site + " is listed twice");
            }
            seen[site] = true;
        }
        Arrays.sort(fixed);
        this.demandCount = weights.length;
        this.siteCount = siteCount;
        this.cost = cost.clone();
        this.weights = weights.clone();
        this.p = p;
        this.fixedOpen = fixed;
    }

    public int demandCount() {
        return demandCount;
    }

    public int siteCount() {
        return siteCount;
    }

    public int p() {
        return p;
    }

    public double cost(int demandPoint, int site) {
        return cost[demandPoint * siteCount + site];
    }

    public double weight(int demandPoint) {
        return weights[demandPoint];
    }

    /** Fixed sites, sorted ascending (a copy). */
    public int[] fixedOpen() {
        return fixedOpen.clone();
    }

    /** The flattened cost matrix itself, for the solver's inner loops; callers must not modify it. */
    double[] costMatrix() {
        return cost;
    }

    /** The weights themselves, for the solver's inner loops; callers must not modify them. */
    double[] weightArray() {
        return weights;
    }
}
