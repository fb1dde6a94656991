package org.welfareintelligence.optimisation;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Local search for maximum capacitated coverage with exactly {@code p} open sites, every open set
 * evaluated exactly by maximum flow ({@link CapacitatedCoverage}). The served weight is submodular in the
 * open set, so the greedy can be lazy: a site's gain from an earlier round bounds its gain now. Sites
 * are tried by decreasing bound, each first checked against the cheap cut bound of
 * {@link CapacitatedCoverage#gainBound} and only then evaluated, until no bound can beat the best gain
 * found. Swaps (r out, j in) are screened the same way from the set without r, starting from
 * min(capacity, weight within the radius). Then a variable neighbourhood search around the best set:
 * shake by k random swaps (k = 1…8), descend, keep if better. Sites that would serve the same are tried
 * by the weight within their radius that no open site reaches, so ties go to where people have no centre.
 */
final class CapacitatedCoverageSearch implements VariableNeighbourhoodSearch.Moves {

    private final CapacitatedCoverage network;
    private final Coverage coverage;
    private final int p;
    private final int k;
    private final boolean[] isOpen;
    private final int[] open;
    private int openCount;
    private double served;
    private final int[] base;
    private final double[] bound;
    /** min(capacity, weight within the radius) per local site: what a site can ever serve. */
    private final double[] mostServed;
    private final Integer[] order;
    private final double[] uncoveredWithin;
    private final boolean[] coveredPoint;
    private boolean coveredMarked;
    private double additionValue;
    int rounds;

    CapacitatedCoverageSearch(CapacitatedCoverage network, int p) {
        this.network = network;
        this.coverage = network.coverage;
        this.p = p;
        this.k = coverage.siteCount();
        isOpen = new boolean[k];
        open = new int[p];
        base = new int[p];
        bound = new double[k];
        mostServed = new double[k];
        for (int j = 0; j < k; j++) {
            mostServed[j] = Math.min(network.capacity[j], network.weightWithin[j]);
        }
        order = new Integer[k];
        uncoveredWithin = new double[k];
        coveredPoint = new boolean[coverage.weight.length];
    }

    double served() {
        return served;
    }

    /** Fixed sites, then one at a time the site adding most served weight. */
    void greedy() {
        for (int j = 0; j < k; j++) {
            if (coverage.fixed[j]) {
                isOpen[j] = true;
                open[openCount++] = j;
            }
        }
        System.arraycopy(mostServed, 0, bound, 0, k);
        served = network.serve(open, openCount);
        while (openCount < p) {
            // bound keeps exact gains where evaluated and upper bounds elsewhere: both bound later gains
            int best = bestAddition(served, Double.NEGATIVE_INFINITY);
            isOpen[best] = true;
            open[openCount++] = best;
            served = network.serve(open, openCount);
        }
    }

    /** Best-improvement swaps until none improves, or until the deadline or cancellation. */
    @Override
    public void descend(SolveClock clock) {
        while (!clock.mustStop() && improve(clock)) {
            // each improving swap is one step; the clock is read between them
        }
    }

    /**
     * Variable neighbourhood search from the current set ({@link VariableNeighbourhoodSearch}, shakes of 1…8
     * random swaps); ends with the best set found open.
     */
    void search(SolveControl control, SolveClock clock, double stopAt) {
        descend(clock);
        int freeOpen = openCount - coverage.fixedCount();
        int closed = k - openCount;
        if (freeOpen == 0 || closed == 0) {
            return;
        }
        rounds += VariableNeighbourhoodSearch.run(this, Math.min(8, Math.min(freeOpen, closed)), control, clock,
                stopAt);
    }

    @Override
    public double value() {
        return served;
    }

    @Override
    public void shake(SplittableRandom random, int count) {
        for (int s = 0; s < count; s++) {
            int q;
            do {
                q = random.nextInt(openCount);
            } while (coverage.fixed[open[q]]);
            int j;
            do {
                j = random.nextInt(k);
            } while (isOpen[j]);
            isOpen[open[q]] = false;
            isOpen[j] = true;
            open[q] = j;
        }
        served = network.serve(open, openCount);
    }

    @Override
    public int[] openSet() {
        return Arrays.copyOf(open, openCount);
    }

    /** Applies the best improving swap; false when none improves (or time ran out before one was found). */
    private boolean improve(SolveClock clock) {
        double bestValue = served + tolerance();
        int bestQ = -1;
        int bestJ = -1;
        for (int q = 0; q < openCount && !clock.mustStop(); q++) {
            if (coverage.fixed[open[q]]) {
                continue;
            }
            int count = 0;
            for (int other = 0; other < openCount; other++) {
                if (other != q) {
                    base[count++] = open[other];
                }
            }
            double baseServed = network.serve(base, count);
            // the closing site stays marked open, so it is not offered back
            System.arraycopy(mostServed, 0, bound, 0, k);
            int j = bestAddition(baseServed, bestValue);
            if (j >= 0) {
                bestValue = additionValue;
                bestQ = q;
                bestJ = j;
            }
        }
        if (bestQ < 0) {
            return false;
        }
        isOpen[open[bestQ]] = false;
        isOpen[bestJ] = true;
        open[bestQ] = bestJ;
        served = network.serve(open, openCount);
        return true;
    }

    /**
     * The closed site j that makes the network's base (serving {@code baseServed}) serve most, above
     * {@code threshold}; -1 if none. Sites are tried by decreasing {@code bound} (upper bounds on their
     * gain), stopping once a bound cannot beat the best; each is tightened by the cut bound first, and
     * replaced by the exact gain when evaluated. The best value is left in {@link #additionValue}.
     */
    private int bestAddition(double baseServed, double threshold) {
        int candidates = 0;
        for (int j = 0; j < k; j++) {
            if (!isOpen[j] && baseServed + bound[j] > threshold) {
                order[candidates++] = j;
            }
        }
        Arrays.fill(uncoveredWithin, Double.NaN);
        coveredMarked = false;
        Arrays.sort(order, 0, candidates, (a, b) -> bound[a] != bound[b] ? Double.compare(bound[b], bound[a])
                : uncoveredWithin(a) != uncoveredWithin(b) ? Double.compare(uncoveredWithin(b), uncoveredWithin(a))
                : Integer.compare(a, b));
        int best = -1;
        double bestValue = threshold;
        for (int c = 0; c < candidates; c++) {
            int j = order[c];
            if (baseServed + bound[j] <= bestValue) {
                break;
            }
            bound[j] = Math.min(bound[j], network.gainBound(j));
            if (baseServed + bound[j] <= bestValue) {
                continue;
            }
            double value = network.serveWith(j);
            bound[j] = Math.max(0, value - baseServed);
            if (value > bestValue) {
                bestValue = value;
                best = j;
            }
        }
        additionValue = bestValue;
        return best;
    }

    /**
     * The second objective, for sites that would serve the same: the weight within the radius of j that no
     * open site reaches. When demand far exceeds the places every site fills up alike; this sends the new
     * ones where the most people have no centre near, instead of to the lowest index.
     */
    private double uncoveredWithin(int j) {
        if (Double.isNaN(uncoveredWithin[j])) {
            if (!coveredMarked) {
                Arrays.fill(coveredPoint, false);
                for (int q = 0; q < openCount; q++) {
                    for (int i : coverage.covers[open[q]]) {
                        coveredPoint[i] = true;
                    }
                }
                coveredMarked = true;
            }
            double sum = 0;
            for (int i : coverage.covers[j]) {
                if (!coveredPoint[i]) {
                    sum += coverage.weight[i];
                }
            }
            uncoveredWithin[j] = sum;
        }
        return uncoveredWithin[j];
    }

    @Override
    public void restore(int[] target) {
        Arrays.fill(isOpen, false);
        System.arraycopy(target, 0, open, 0, target.length);
        for (int q = 0; q < openCount; q++) {
            isOpen[open[q]] = true;
        }
        served = network.serve(open, openCount);
    }

    /** Open local sites, ascending. */
    int[] openLocal() {
        int[] local = Arrays.copyOf(open, openCount);
        Arrays.sort(local);
        return local;
    }

    private double tolerance() {
        return 1e-9 * Math.max(1.0, served);
    }
}
