package org.welfareintelligence.optimisation;

import java.util.Arrays;
import java.util.function.DoubleConsumer;
import java.util.function.DoubleSupplier;

/**
 * Lower bound for the p-median problem by Lagrangean relaxation of the assignment constraints
 * (Σ_j x_ij = 1 with multipliers λ_i), maximised by subgradient steps:
 * <pre>
 *   L(λ) = Σ_i λ_i + Σ_{j open} ρ_j,   ρ_j = Σ_i min(0, w_i c_ij − λ_i)
 * </pre>
 * where the open set is the fixed sites plus the p − |fixed| free sites of smallest ρ_j. Every L(λ) is a
 * valid lower bound; the best one seen is kept. A point only touches sites within λ_i / w_i, so a
 * {@link CostMatrix} with radius queries keeps each step local.
 */
final class MedianLagrangean {

    private final CostMatrix costs;
    private final double[] weight;
    private final int[] openable;
    private final int[] localOf;
    private final boolean[] fixed;
    private final int p;
    private final double[] lambda;
    private final double[] lambdaCap;
    private final double[] rho;
    private final boolean[] lagrangeOpen;
    private final Integer[] order;
    private final int[] subgradient;

    private double best = Double.NEGATIVE_INFINITY;
    private double theta = 2.0;
    private int sinceImprovement;
    private boolean exhausted;
    int iterations;

    /**
     * {@code initialCost[i]} is the cost of point i in a good solution: the multipliers start at w_i times it.
     * Multipliers stay at most w_i × {@code reach[i]}: any multipliers give a valid bound, and below that cap
     * every radius query of a step is answered from the sorted lists, never from the full matrix.
     */
    MedianLagrangean(CostMatrix costs, double[] weight, int[] openable, boolean[] fixedLocal, int p,
            double[] initialCost, double[] reach) {
        this.costs = costs;
        this.weight = weight;
        this.openable = openable;
        this.localOf = MedianSearch.localIndex(costs.sites(), openable);
        this.fixed = fixedLocal;
        this.p = p;
        this.lambda = new double[weight.length];
        this.lambdaCap = new double[weight.length];
        for (int i = 0; i < weight.length; i++) {
            lambdaCap[i] = weight[i] * reach[i];
            lambda[i] = Math.min(weight[i] * initialCost[i], lambdaCap[i]);
        }
        this.rho = new double[openable.length];
        this.lagrangeOpen = new boolean[openable.length];
        this.order = new Integer[openable.length];
        this.subgradient = new int[weight.length];
    }

    /** Best bound so far (−∞ before the first step). */
    double bound() {
        return best;
    }

    /** True once the step size has shrunk to nothing or the relaxed solution was feasible. */
    boolean exhausted() {
        return exhausted;
    }

    /**
     * Runs subgradient steps until {@code maxSteps}, the deadline, cancellation, or the bound reaches the
     * best known objective {@code upperBound} (read before every step: a search may improve it meanwhile).
     * {@code onBound} hears every improvement of the bound.
     */
    void run(int maxSteps, DoubleSupplier upperBound, DoubleConsumer onBound, long deadlineNanos,
            SolveControl control) {
        for (int step = 0; step < maxSteps && !exhausted && best < upperBound.getAsDouble(); step++) {
            if (System.nanoTime() > deadlineNanos || control.isCancelled()) {
                return;
            }
            double before = best;
            if (!step(upperBound.getAsDouble(), deadlineNanos)) {
                return;
            }
            if (best > before) {
                onBound.accept(best);
            }
        }
    }

    /** One subgradient step; false when the deadline passed during it (the step is then dropped). */
    private boolean step(double upperBound, long deadlineNanos) {
        iterations++;
        Arrays.fill(rho, 0);
        double value = 0;
        for (int i = 0; i < weight.length; i++) {
            if ((i & 1023) == 0 && System.nanoTime() > deadlineNanos) {
                return false;
            }
            double w = weight[i];
            if (w <= 0) {
                continue;
            }
            double li = lambda[i];
            value += li;
            costs.sitesWithin(i, li / w, (site, c) -> {
                int j = localOf[site];
                if (j >= 0) {
                    double reduced = w * c - li;
                    if (reduced < 0) {
                        rho[j] += reduced;
                    }
                }
            });
        }
        int freeSlots = p;
        Arrays.fill(lagrangeOpen, false);
        for (int j = 0; j < openable.length; j++) {
            order[j] = j;
            if (fixed[j]) {
                lagrangeOpen[j] = true;
                value += rho[j];
                freeSlots--;
            }
        }
        Arrays.sort(order, (a, b) -> Double.compare(rho[a], rho[b]));
        for (int k = 0; k < order.length && freeSlots > 0; k++) {
            int j = order[k];
            if (!lagrangeOpen[j]) {
                lagrangeOpen[j] = true;
                value += rho[j];
                freeSlots--;
            }
        }
        if (best == Double.NEGATIVE_INFINITY || value > best + 1e-12 * Math.max(1, Math.abs(best))) {
            best = value;
            sinceImprovement = 0;
        } else if (++sinceImprovement >= 20) {
            theta /= 2;
            sinceImprovement = 0;
        }
        long norm = 0;
        for (int i = 0; i < weight.length; i++) {
            double w = weight[i];
            if (w <= 0) {
                continue;
            }
            double li = lambda[i];
            int[] count = {0};
            costs.sitesWithin(i, li / w, (site, c) -> {
                int j = localOf[site];
                if (j >= 0 && lagrangeOpen[j] && w * c < li) {
                    count[0]++;
                }
            });
            subgradient[i] = 1 - count[0];
            norm += (long) subgradient[i] * subgradient[i];
        }
        if (norm == 0 || theta < 1e-4) {
            // each point assigned exactly once: the relaxed solution is feasible, its value optimal
            exhausted = true;
            return true;
        }
        double stepSize = theta * Math.max(upperBound - value, 1e-9 * Math.abs(upperBound)) / norm;
        for (int i = 0; i < weight.length; i++) {
            if (weight[i] > 0 && subgradient[i] != 0) {
                lambda[i] = Math.min(lambdaCap[i], Math.max(0, lambda[i] + stepSize * subgradient[i]));
            }
        }
        return true;
    }
}
