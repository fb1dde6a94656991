package org.welfareintelligence.optimisation;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Swap-based local search for the p-median problem with the incremental "fast swap" bookkeeping of
 * Resende and Werneck (2007): for every demand point it keeps its nearest and second nearest open
 * sites, and three tables that make the value of every (close r, open j) swap one addition away:
 * <pre>
 *   gain[j]     = Σ_i w_i · max(0, d1_i − c_ij)                     (points that move to j)
 *   loss[r]     = Σ_{i: φ1(i) = r} w_i · (d2_i − d1_i)               (points of r fall back to their second)
 *   extra[r][j] = Σ_{i: φ1(i) = r, c_ij &lt; d2_i} w_i · (d2_i − max(c_ij, d1_i))
 *   saving(r, j) = gain[j] − loss[r] + extra[r][j]
 * </pre>
 * A point contributes only to sites closer than its second nearest open site, so with a
 * {@link CostMatrix} that answers radius queries from an index the work per point is local.
 * After a swap only the points whose nearest or second nearest changed are updated.
 *
 * <p>Sites are handled by local index {@code 0..k-1} into {@code openable}. Needs p ≥ 2 open sites
 * (one open site is solved by enumeration in {@link PMedian}).
 */
final class MedianSearch {

    private final CostMatrix costs;
    private final double[] weight;
    private final int n;
    private final int[] openable;
    private final int[] localOf;
    private final boolean[] fixed;
    private final int p;

    final int[] open;
    /** Position in {@link #open} of each local site, -1 when closed. */
    private final int[] position;
    final int[] nearest;
    private final int[] second;
    final double[] d1;
    private final double[] d2;

    private final double[] gain;
    private final double[] loss;
    private final double[][] extra;
    private final boolean[] affected;
    private double objective;
    int swaps;

    MedianSearch(CostMatrix costs, double[] weight, int[] openable, boolean[] fixedLocal, int p) {
        this.costs = costs;
        this.weight = weight;
        this.n = weight.length;
        this.openable = openable;
        this.localOf = localIndex(costs.sites(), openable);
        this.fixed = fixedLocal;
        this.p = p;
        open = new int[p];
        position = new int[openable.length];
        nearest = new int[n];
        second = new int[n];
        d1 = new double[n];
        d2 = new double[n];
        gain = new double[openable.length];
        loss = new double[openable.length];
        extra = new double[p][openable.length];
        affected = new boolean[n];
    }

    /** For each site of the matrix, its index in {@code openable}, or -1. */
    static int[] localIndex(int siteCount, int[] openable) {
        int[] localOf = new int[siteCount];
        Arrays.fill(localOf, -1);
        for (int l = 0; l < openable.length; l++) {
            localOf[openable[l]] = l;
        }
        return localOf;
    }

    int site(int local) {
        return openable[local];
    }

    int localIndex(int site) {
        return localOf[site];
    }

    double objective() {
        return objective;
    }

    /** Opens exactly the given local sites ({@code p} of them) and rebuilds all tables. */
    void reset(int[] localSites) {
        Arrays.fill(position, -1);
        for (int q = 0; q < p; q++) {
            open[q] = localSites[q];
            position[localSites[q]] = q;
        }
        Arrays.fill(gain, 0);
        Arrays.fill(loss, 0);
        for (double[] row : extra) {
            Arrays.fill(row, 0);
        }
        for (int i = 0; i < n; i++) {
            if (weight[i] > 0) {
                assignTwoNearest(i);
                contribute(i, 1);
            }
        }
        objective = exactObjective();
    }

    /** Applies the best improving swap; false at a local optimum. */
    boolean improve() {
        int bestQ = -1;
        int bestJ = -1;
        double bestSaving = 0;
        for (int q = 0; q < p; q++) {
            int r = open[q];
            if (fixed[r]) {
                continue;
            }
            double[] row = extra[q];
            double lossR = loss[r];
            for (int j = 0; j < openable.length; j++) {
                if (position[j] < 0) {
                    double saving = gain[j] - lossR + row[j];
                    if (saving > bestSaving) {
                        bestSaving = saving;
                        bestQ = q;
                        bestJ = j;
                    }
                }
            }
        }
        if (bestQ < 0 || bestSaving <= tolerance()) {
            return false;
        }
        double before = objective;
        int out = open[bestQ];
        swap(bestQ, bestJ);
        if (objective >= before - tolerance()) {
            // rounding drift in the tables promised a saving that is not there: undo and stop
            swap(bestQ, out);
            return false;
        }
        swaps++;
        return true;
    }

    /** Best-improvement descent to a local optimum, or until the deadline or cancellation. */
    void descend(SolveClock clock) {
        while (!clock.mustStop() && improve()) {
            // each improving swap is one step; the clock is read between them
        }
    }

    /** Closes the site at open position {@code q} and opens local site {@code j} in its place. */
    void swap(int q, int j) {
        int r = open[q];
        for (int i = 0; i < n; i++) {
            boolean touched = weight[i] > 0
                    && (nearest[i] == r || second[i] == r || costs.cost(i, openable[j]) < d2[i]);
            affected[i] = touched;
            if (touched) {
                contribute(i, -1);
            }
        }
        Arrays.fill(extra[q], 0);
        loss[r] = 0;
        loss[j] = 0;
        position[r] = -1;
        position[j] = q;
        open[q] = j;
        for (int i = 0; i < n; i++) {
            if (affected[i]) {
                assignTwoNearest(i);
                contribute(i, 1);
            }
        }
        objective = exactObjective();
    }

    /** Random swap of a free open site for a closed one. */
    void randomSwap(SplittableRandom random, int[] freePositions) {
        int q = freePositions[random.nextInt(freePositions.length)];
        int j;
        do {
            j = random.nextInt(openable.length);
        } while (position[j] >= 0);
        swap(q, j);
    }

    /** Returns to the open set {@code target} (same size) by swapping only the sites that differ. */
    void restore(int[] target) {
        boolean[] wanted = new boolean[openable.length];
        for (int l : target) {
            wanted[l] = true;
        }
        int next = 0;
        for (int q = 0; q < p; q++) {
            if (!wanted[open[q]]) {
                while (position[target[next]] >= 0) {
                    next++;
                }
                swap(q, target[next]);
            }
        }
    }

    int localCount() {
        return openable.length;
    }

    boolean isFixedLocal(int local) {
        return fixed[local];
    }

    /** Loss of closing each open site alone (at position q): the p-median's site contribution. */
    double lossAt(int q) {
        return loss[open[q]];
    }

    private void assignTwoNearest(int i) {
        int first = -1;
        int runnerUp = -1;
        double c1 = Double.POSITIVE_INFINITY;
        double c2 = Double.POSITIVE_INFINITY;
        for (int q = 0; q < p; q++) {
            int l = open[q];
            double c = costs.cost(i, openable[l]);
            if (c < c1 || (c == c1 && l < first)) {
                runnerUp = first;
                c2 = c1;
                first = l;
                c1 = c;
            } else if (c < c2 || (c == c2 && l < runnerUp)) {
                runnerUp = l;
                c2 = c;
            }
        }
        nearest[i] = first;
        second[i] = runnerUp;
        d1[i] = c1;
        d2[i] = c2;
    }

    /** Adds (sign 1) or removes (sign -1) point i's terms in gain, loss and extra. */
    private void contribute(int i, int sign) {
        double w = sign * weight[i];
        double near = d1[i];
        double far = d2[i];
        loss[nearest[i]] += w * (far - near);
        double[] row = extra[position[nearest[i]]];
        costs.sitesWithin(i, far, (site, c) -> {
            int j = localOf[site];
            if (j >= 0 && c < far) {
                if (c < near) {
                    gain[j] += w * (near - c);
                }
                row[j] += w * (far - Math.max(c, near));
            }
        });
    }

    private double exactObjective() {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            if (weight[i] > 0) {
                sum += weight[i] * d1[i];
            }
        }
        return sum;
    }

    private double tolerance() {
        return 1e-9 * Math.max(1.0, Math.abs(objective));
    }
}
