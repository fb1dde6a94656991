package org.welfareintelligence.optimisation;

import java.util.Arrays;

/**
 * Upper bound on the weight that open sites can cover, by Lagrangean relaxation of the covering
 * constraints z_i ≤ Σ_{j covers i} y_j with multipliers μ_i ≥ 0:
 * <pre>
 *   U(μ) = Σ_i max(0, w_i − μ_i) + max_y Σ_j y_j s_j,   s_j = Σ_{i covered by j} μ_i
 * </pre>
 * where y ranges over the fixed sites plus either any {@code p − |fixed|} free sites (the p largest
 * s_j) or, with opening costs and a budget, the fractional knapsack of the free sites (its LP value is
 * at least the integer one, so U stays an upper bound). Minimised over μ by subgradient steps.
 */
final class CoverageBound {

    private final Coverage coverage;
    private final int p;
    private final double[] cost;
    private final double budget;
    private final double[] mu;
    private final double[] score;
    private final double[] y;
    private final Integer[] order;
    private double best = Double.POSITIVE_INFINITY;
    int iterations;

    /** With {@code cost == null}: exactly p open sites; otherwise: free sites within the budget (p ignored). */
    CoverageBound(Coverage coverage, int p, double[] costOfLocal, double budget) {
        this.coverage = coverage;
        this.p = p;
        this.cost = costOfLocal;
        this.budget = budget;
        this.mu = new double[coverage.weight.length];
        this.score = new double[coverage.siteCount()];
        this.y = new double[coverage.siteCount()];
        this.order = new Integer[coverage.siteCount()];
    }

    /**
     * Runs up to {@code steps} subgradient steps from the covered weight {@code lowerBound} of a known
     * solution; stops early when the bound reaches it, or falls below {@code stopBelow}.
     */
    double run(int steps, double lowerBound, double stopBelow, SolveClock clock) {
        double theta = 2.0;
        int sinceImprovement = 0;
        int n = coverage.weight.length;
        double[] z = new double[n];
        for (int step = 0; step < steps && theta > 1e-4 && !clock.mustStop(); step++) {
            iterations++;
            double value = 0;
            for (int i = 0; i < n; i++) {
                z[i] = 0;
                if (coverage.coveredBy[i].length > 0 && coverage.weight[i] > mu[i]) {
                    z[i] = 1;
                    value += coverage.weight[i] - mu[i];
                }
            }
            for (int j = 0; j < score.length; j++) {
                double s = 0;
                for (int i : coverage.covers[j]) {
                    s += mu[i];
                }
                score[j] = s;
            }
            value += chooseSites();
            if (best == Double.POSITIVE_INFINITY || value < best - 1e-12 * Math.max(1, Math.abs(best))) {
                best = value;
                sinceImprovement = 0;
            } else if (++sinceImprovement >= 20) {
                theta /= 2;
                sinceImprovement = 0;
            }
            if (best <= lowerBound + 1e-9 * Math.max(1, lowerBound) || best < stopBelow) {
                break;
            }
            // subgradient of U at μ_i: (Σ_{j covers i} y_j) − z_i; step towards lower U
            double norm = 0;
            double[] g = new double[n];
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (int j : coverage.coveredBy[i]) {
                    sum += y[j];
                }
                g[i] = sum - z[i];
                norm += g[i] * g[i];
            }
            if (norm == 0) {
                break;
            }
            double stepSize = theta * Math.max(value - lowerBound, 1e-9 * Math.max(1, value)) / norm;
            for (int i = 0; i < n; i++) {
                mu[i] = Math.max(0, mu[i] - stepSize * g[i]);
            }
        }
        return best;
    }

    private double chooseSites() {
        Arrays.fill(y, 0);
        double value = 0;
        int slots = p;
        double money = budget;
        for (int j = 0; j < score.length; j++) {
            order[j] = j;
            if (coverage.fixed[j]) {
                y[j] = 1;
                value += score[j];
                slots--;
            }
        }
        if (cost == null) {
            Arrays.sort(order, (a, b) -> Double.compare(score[b], score[a]));
            for (int r = 0; r < order.length && slots > 0; r++) {
                int j = order[r];
                if (!coverage.fixed[j]) {
                    y[j] = 1;
                    value += score[j];
                    slots--;
                }
            }
            return value;
        }
        // fractional knapsack: best score per unit cost first; free sites go in whole
        Arrays.sort(order, (a, b) -> Double.compare(ratio(b), ratio(a)));
        for (int j : order) {
            if (coverage.fixed[j] || score[j] <= 0) {
                continue;
            }
            double take = cost[j] <= 0 ? 1 : Math.min(1, money / cost[j]);
            if (take <= 0) {
                break;
            }
            y[j] = take;
            value += take * score[j];
            money -= take * Math.max(0, cost[j]);
        }
        return value;
    }

    private double ratio(int j) {
        return cost[j] <= 0 ? Double.POSITIVE_INFINITY : score[j] / cost[j];
    }
}
