package org.welfareintelligence.optimisation;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Local search for maximal covering, either with exactly {@code p} open sites or with opening costs
 * within a budget: greedy start (largest newly covered weight, per unit cost with a budget),
 * best-improvement swaps (and additions that fit the budget), and a variable neighbourhood search
 * around the best set (shake by k random swaps, or k random closures with a budget; descend; keep if
 * better). It keeps for every point how many open sites
 * cover it, for every closed site the weight it would newly cover ({@code gain}) and for every open
 * site the weight only it covers ({@code loss}); a swap (r out, j in) is worth
 * {@code gain[j] − loss[r] + (weight covered only by r that j also covers)}.
 */
final class CoverageSearch implements VariableNeighbourhoodSearch.Moves {

    private final Coverage coverage;
    private final int p;
    /** Opening cost per local site, or null when the number of sites is fixed instead. */
    private final double[] cost;
    private final double budget;
    private double spent;
    private final int k;
    private final int[] count;
    private final double[] gain;
    private final double[] loss;
    private final double[] shared;
    private final boolean[] isOpen;
    final int[] open;
    private int openCount;
    private double covered;
    int rounds;

    /** Exactly p open sites. */
    CoverageSearch(Coverage coverage, int p) {
        this(coverage, p, null, 0);
    }

    /** Any number of sites whose costs (by local index; fixed sites cost nothing) fit the budget. */
    CoverageSearch(Coverage coverage, double[] costOfLocal, double budget) {
        this(coverage, coverage.siteCount(), costOfLocal, budget);
    }

    private CoverageSearch(Coverage coverage, int p, double[] cost, double budget) {
        this.coverage = coverage;
        this.p = p;
        this.cost = cost;
        this.budget = budget;
        this.k = coverage.siteCount();
        count = new int[coverage.weight.length];
        gain = new double[k];
        loss = new double[k];
        shared = new double[k];
        isOpen = new boolean[k];
        open = new int[p];
        for (int j = 0; j < k; j++) {
            for (int i : coverage.covers[j]) {
                gain[j] += coverage.weight[i];
            }
        }
    }

    double covered() {
        return covered;
    }

    /**
     * Fixed sites, then greedily the site newly covering most weight (lowest index on ties); with a
     * budget, the most weight per unit cost among the sites that still fit, or the single best
     * affordable site if that covers more (the classic guard that keeps the greedy within half of optimal).
     */
    void greedy() {
        for (int j = 0; j < k; j++) {
            if (coverage.fixed[j]) {
                openSite(j);
            }
        }
        if (cost != null) {
            greedyWithinBudget();
            return;
        }
        while (openCount < p) {
            int best = -1;
            for (int j = 0; j < k; j++) {
                if (!isOpen[j] && (best < 0 || gain[j] > gain[best])) {
                    best = j;
                }
            }
            openSite(best);
        }
    }

    private void greedyWithinBudget() {
        int single = -1;
        for (int j = 0; j < k; j++) {
            if (!isOpen[j] && cost[j] <= budget && (single < 0 || gain[j] > gain[single])) {
                single = j;
            }
        }
        double singleCovered = covered + (single < 0 ? 0 : gain[single]);
        while (true) {
            int best = -1;
            for (int j = 0; j < k; j++) {
                if (!isOpen[j] && gain[j] > 0 && fits(cost[j]) && (best < 0 || ratio(j) > ratio(best))) {
                    best = j;
                }
            }
            if (best < 0) {
                break;
            }
            openSite(best);
        }
        if (single >= 0 && singleCovered > covered) {
            for (int q = openCount - 1; q >= 0; q--) {
                if (!coverage.fixed[open[q]]) {
                    closeAt(q);
                }
            }
            openSite(single);
        }
    }

    private double ratio(int j) {
        return cost[j] <= 0 ? Double.POSITIVE_INFINITY : gain[j] / cost[j];
    }

    private boolean fits(double extraCost) {
        return spent + extraCost <= budget + 1e-9 * Math.max(1, budget);
    }

    /** Opens the fixed sites, then greedily more until {@code target} weight is covered; returns how many are open. */
    int greedyUntil(double target) {
        for (int j = 0; j < k; j++) {
            if (coverage.fixed[j]) {
                openSite(j);
            }
        }
        while (covered < target - tolerance() && openCount < p) {
            int best = -1;
            for (int j = 0; j < k; j++) {
                if (!isOpen[j] && (best < 0 || gain[j] > gain[best])) {
                    best = j;
                }
            }
            openSite(best);
        }
        return openCount;
    }

    /** Best-improvement moves until none improves, or until the deadline or cancellation. */
    @Override
    public void descend(SolveClock clock) {
        while (!clock.mustStop() && improve()) {
            // each improving move is one step; the clock is read between them
        }
    }

    /**
     * Variable neighbourhood search from the current set ({@link VariableNeighbourhoodSearch}, shakes of 1…8
     * random swaps, or closures for the budget variant); ends with the best set found open.
     */
    void search(SolveControl control, SolveClock clock, double stopAt) {
        descend(clock);
        int freeOpen = openCount - coverage.fixedCount();
        int closed = k - openCount;
        if (freeOpen == 0 || (cost == null && closed == 0)) {
            return;
        }
        int maxShake = Math.min(8, cost == null ? Math.min(freeOpen, closed) : freeOpen);
        rounds += VariableNeighbourhoodSearch.run(this, maxShake, control, clock, stopAt);
    }

    @Override
    public double value() {
        return covered;
    }

    @Override
    public void shake(SplittableRandom random, int count) {
        for (int s = 0; s < count && openCount > coverage.fixedCount(); s++) {
            int q;
            do {
                q = random.nextInt(openCount);
            } while (coverage.fixed[open[q]]);
            if (cost != null) {
                closeAt(q);
                continue;
            }
            int j;
            do {
                j = random.nextInt(k);
            } while (isOpen[j]);
            swap(q, j);
        }
    }

    @Override
    public int[] openSet() {
        return Arrays.copyOf(open, openCount);
    }

    private boolean improve() {
        int bestQ = -1;
        int bestJ = -1;
        double bestValue = tolerance();
        for (int j = 0; j < k; j++) {
            if (isOpen[j]) {
                continue;
            }
            // weight only one open site covers and j covers too: it stays covered if that site closes
            for (int i : coverage.covers[j]) {
                if (count[i] == 1) {
                    shared[soleCover(i)] += coverage.weight[i];
                }
            }
            if (cost != null && fits(cost[j]) && gain[j] > bestValue) {
                bestValue = gain[j];
                bestQ = -2;
                bestJ = j;
            }
            for (int q = 0; q < openCount; q++) {
                int r = open[q];
                if (!coverage.fixed[r] && (cost == null || fits(cost[j] - cost[r]))) {
                    double value = gain[j] - loss[r] + shared[r];
                    if (value > bestValue) {
                        bestValue = value;
                        bestQ = q;
                        bestJ = j;
                    }
                }
            }
            for (int i : coverage.covers[j]) {
                if (count[i] == 1) {
                    shared[soleCover(i)] = 0;
                }
            }
        }
        if (bestQ == -1) {
            return false;
        }
        if (bestQ == -2) {
            openSite(bestJ);
        } else {
            swap(bestQ, bestJ);
        }
        return true;
    }

    private int soleCover(int i) {
        for (int j : coverage.coveredBy[i]) {
            if (isOpen[j]) {
                return j;
            }
        }
        throw new IllegalStateException("point " + i + " is counted as covered but no open site covers it");
    }

    /** Replaces the open set by {@code target}, closing and opening only the sites that differ. */
    @Override
    public void restore(int[] target) {
        boolean[] wanted = new boolean[k];
        for (int j : target) {
            wanted[j] = true;
        }
        for (int q = openCount - 1; q >= 0; q--) {
            if (!wanted[open[q]]) {
                closeAt(q);
            }
        }
        for (int j : target) {
            if (!isOpen[j]) {
                openSite(j);
            }
        }
    }

    void swap(int q, int j) {
        closeAt(q);
        openSite(j);
        // openSite appended j at the end; put it back in r's slot so positions stay stable
        int last = openCount - 1;
        open[last] = open[q];
        open[q] = j;
    }

    private void openSite(int j) {
        isOpen[j] = true;
        spent += cost == null || coverage.fixed[j] ? 0 : cost[j];
        open[openCount++] = j;
        for (int i : coverage.covers[j]) {
            double w = coverage.weight[i];
            if (count[i] == 0) {
                covered += w;
                for (int other : coverage.coveredBy[i]) {
                    gain[other] -= w;
                }
                loss[j] += w;
            } else if (count[i] == 1) {
                loss[soleCover(i, j)] -= w;
            }
            count[i]++;
        }
    }

    private void closeAt(int q) {
        int j = open[q];
        isOpen[j] = false;
        spent -= cost == null || coverage.fixed[j] ? 0 : cost[j];
        open[q] = open[--openCount];
        open[openCount] = j;
        for (int i : coverage.covers[j]) {
            double w = coverage.weight[i];
            count[i]--;
            if (count[i] == 0) {
                covered -= w;
                for (int other : coverage.coveredBy[i]) {
                    gain[other] += w;
                }
                loss[j] -= w;
            } else if (count[i] == 1) {
                loss[soleCover(i)] += w;
            }
        }
    }

    /** The open site other than {@code except} covering i (i is covered by exactly one before j opens). */
    private int soleCover(int i, int except) {
        for (int j : coverage.coveredBy[i]) {
            if (isOpen[j] && j != except) {
                return j;
            }
        }
        throw new IllegalStateException("point " + i + " has no other covering site");
    }

    /** Weight covered only by the site at open position q: what closing it alone would lose. */
    double lossAt(int q) {
        return loss[open[q]];
    }

    int[] openSites() {
        int[] sites = new int[openCount];
        for (int q = 0; q < openCount; q++) {
            sites[q] = coverage.openable[open[q]];
        }
        Arrays.sort(sites);
        return sites;
    }

    private double tolerance() {
        return 1e-9 * Math.max(1.0, covered);
    }
}
