package org.welfareintelligence.optimisation;

import java.util.Arrays;

/**
 * A view of a cost matrix that answers {@link #sitesWithin} from each demand point's openable sites
 * sorted by cost, stopping at the radius: the p-median search and bound ask this millions of times.
 * Costs O(n × k) memory, so it is only used up to {@link #MAX_PAIRS} pairs; only the openable sites
 * are listed (callers ignore the others anyway).
 */
final class SortedNeighbours implements CostMatrix {

    static final long MAX_PAIRS = 4_000_000L;

    private final CostMatrix costs;
    private final int k;
    private final int[] site;
    private final double[] cost;

    private SortedNeighbours(CostMatrix costs, int[] openable) {
        this.costs = costs;
        this.k = openable.length;
        int n = costs.demands();
        site = new int[n * k];
        cost = new double[n * k];
        double[] row = new double[k];
        for (int i = 0; i < n; i++) {
            for (int l = 0; l < k; l++) {
                row[l] = costs.cost(i, openable[l]);
            }
            Integer[] order = new Integer[k];
            Arrays.setAll(order, l -> l);
            Arrays.sort(order, (a, b) -> Double.compare(row[a], row[b]));
            for (int r = 0; r < k; r++) {
                site[i * k + r] = openable[order[r]];
                cost[i * k + r] = row[order[r]];
            }
        }
    }

    /** The sorted view when it fits in memory, otherwise {@code costs} itself. */
    static CostMatrix over(CostMatrix costs, int[] openable) {
        if (costs instanceof SortedNeighbours || (long) costs.demands() * openable.length > MAX_PAIRS) {
            return costs;
        }
        return new SortedNeighbours(costs, openable);
    }

    @Override
    public int demands() {
        return costs.demands();
    }

    @Override
    public int sites() {
        return costs.sites();
    }

    @Override
    public double cost(int demand, int s) {
        return costs.cost(demand, s);
    }

    @Override
    public void sitesWithin(int demand, double radius, Visitor visitor) {
        int end = (demand + 1) * k;
        for (int r = demand * k; r < end && cost[r] <= radius; r++) {
            visitor.visit(site[r], cost[r]);
        }
    }

    @Override
    public void demandsWithin(int s, double radius, Visitor visitor) {
        costs.demandsWithin(s, radius, visitor);
    }
}
