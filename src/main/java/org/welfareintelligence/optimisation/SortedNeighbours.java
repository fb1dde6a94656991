package org.welfareintelligence.optimisation;

import java.util.Arrays;

/**
 * A view of a cost matrix that answers {@link #sitesWithin} from each demand point's openable sites
 * sorted by cost, stopping at the radius: the p-median search and bound ask this millions of times.
 * Only the openable sites are listed (callers ignore the others anyway).
 *
 * <p>{@link #over} lists every site; it costs O(n × k) memory, so it is used up to {@link #MAX_PAIRS}
 * pairs. {@link #nearest} lists only each point's {@code limit} nearest sites and passes queries
 * reaching beyond them to the underlying matrix, so answers stay exact either way. Its
 * {@link #truncated} view answers from the lists alone, missing farther sites: good enough to steer a
 * local search whose objective is recomputed exactly, never for a bound.
 */
final class SortedNeighbours implements CostMatrix {

    static final long MAX_PAIRS = 4_000_000L;

    private final CostMatrix costs;
    private final int k;
    private final int[] site;
    private final double[] cost;
    private final boolean passOn;

    private SortedNeighbours(SortedNeighbours lists, boolean passOn) {
        this.costs = lists.costs;
        this.k = lists.k;
        this.site = lists.site;
        this.cost = lists.cost;
        this.passOn = passOn;
    }

    private SortedNeighbours(CostMatrix costs, int[] openable, int limit) {
        this.passOn = true;
        this.costs = costs;
        this.k = Math.min(limit, openable.length);
        int n = costs.demands();
        site = new int[n * k];
        cost = new double[n * k];
        boolean[] isOpenable = new boolean[costs.sites()];
        for (int j : openable) {
            isOpenable[j] = true;
        }
        double[] radius = {Double.NaN};
        int[] found = new int[openable.length];
        double[] foundCost = new double[openable.length];
        int[] count = new int[1];
        for (int i = 0; i < n; i++) {
            if (k == openable.length) {
                for (int l = 0; l < k; l++) {
                    found[l] = openable[l];
                    foundCost[l] = costs.cost(i, openable[l]);
                }
                count[0] = k;
            } else {
                // grow the radius until it holds k sites; start from the previous point's k-th distance
                double r = Double.isNaN(radius[0]) ? 1.0 : radius[0];
                while (true) {
                    count[0] = 0;
                    int demand = i;
                    costs.sitesWithin(demand, r, (j, c) -> {
                        if (isOpenable[j]) {
                            found[count[0]] = j;
                            foundCost[count[0]++] = c;
                        }
                    });
                    if (count[0] >= k) {
                        break;
                    }
                    r *= 2;
                }
            }
            // sort by cost via primitive keys: float bits of the (non-negative) cost above the position
            long[] keys = new long[count[0]];
            for (int l = 0; l < count[0]; l++) {
                keys[l] = ((long) Float.floatToIntBits((float) foundCost[l]) << 32) | l;
            }
            Arrays.sort(keys);
            int base = i * k;
            for (int r = 0; r < k; r++) {
                int l = (int) keys[r];
                site[base + r] = found[l];
                cost[base + r] = foundCost[l];
            }
            // float keys can tie distinct costs: an insertion pass makes the order exact (it is nearly sorted)
            for (int r = base + 1; r < base + k; r++) {
                double c = cost[r];
                int j = site[r];
                int q = r - 1;
                while (q >= base && cost[q] > c) {
                    cost[q + 1] = cost[q];
                    site[q + 1] = site[q];
                    q--;
                }
                cost[q + 1] = c;
                site[q + 1] = j;
            }
            radius[0] = Math.max(cost[i * k + k - 1], 1e-9) * 1.2;
        }
    }

    /** The sorted view when it fits in memory, otherwise {@code costs} itself. */
    static CostMatrix over(CostMatrix costs, int[] openable) {
        if (costs instanceof SortedNeighbours || (long) costs.demands() * openable.length > MAX_PAIRS) {
            return costs;
        }
        return new SortedNeighbours(costs, openable, openable.length);
    }

    /** Each point's {@code limit} nearest openable sites listed (see the class comment). */
    static SortedNeighbours nearest(CostMatrix costs, int[] openable, int limit) {
        return new SortedNeighbours(costs, openable, limit);
    }

    /**
     * Per point, the cost of its last listed site: radius queries up to it are answered from the lists alone
     * (+∞ when every openable site is listed).
     */
    double[] listedReach() {
        double[] reach = new double[costs.demands()];
        for (int i = 0; i < reach.length; i++) {
            reach[i] = passOn && k < costs.sites() ? cost[(i + 1) * k - 1] : Double.POSITIVE_INFINITY;
        }
        return reach;
    }

    /** The same lists, answering radius queries from them alone (see the class comment). */
    SortedNeighbours truncated() {
        return new SortedNeighbours(this, false);
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
        if (passOn && k < costs.sites() && radius > cost[end - 1]) {
            costs.sitesWithin(demand, radius, visitor);
            return;
        }
        for (int r = demand * k; r < end && cost[r] <= radius; r++) {
            visitor.visit(site[r], cost[r]);
        }
    }

    @Override
    public void demandsWithin(int s, double radius, Visitor visitor) {
        costs.demandsWithin(s, radius, visitor);
    }
}
