package org.welfareintelligence.optimisation;

import java.util.Arrays;

/**
 * Greedy start for the p-median search: the fixed sites, then repeatedly the site that lowers the
 * weighted cost most. On large inputs (more than {@link #FULL_PAIRS} demand-site pairs) it runs on a
 * seeded random sample of demand points; the local search that follows uses them all.
 */
final class GreedyMedian {

    static final long FULL_PAIRS = 8_000_000L;

    private GreedyMedian() {
    }

    /** Returns {@code p} local site indices into {@code openable}. */
    static int[] open(CostMatrix costs, double[] weight, int[] openable, boolean[] fixedLocal, int p, long seed) {
        int k = openable.length;
        int[] demand = sample(weight, k, seed);
        double[] best = new double[demand.length];
        Arrays.fill(best, Double.POSITIVE_INFINITY);
        boolean[] isOpen = new boolean[k];
        int[] chosen = new int[p];
        int count = 0;
        for (int j = 0; j < k; j++) {
            if (fixedLocal[j]) {
                isOpen[j] = true;
                chosen[count++] = j;
                for (int s = 0; s < demand.length; s++) {
                    best[s] = Math.min(best[s], costs.cost(demand[s], openable[j]));
                }
            }
        }
        if (count == 0) {
            // nothing open yet, so every point reaches every site: the 1-median by enumeration
            int first = -1;
            double firstCost = Double.POSITIVE_INFINITY;
            for (int j = 0; j < k; j++) {
                double sum = 0;
                for (int s = 0; s < demand.length; s++) {
                    sum += weight[demand[s]] * costs.cost(demand[s], openable[j]);
                }
                if (sum < firstCost) {
                    firstCost = sum;
                    first = j;
                }
            }
            isOpen[first] = true;
            chosen[count++] = first;
            for (int s = 0; s < demand.length; s++) {
                best[s] = costs.cost(demand[s], openable[first]);
            }
        }
        int[] localOf = MedianSearch.localIndex(costs.sites(), openable);
        double[] gain = new double[k];
        while (count < p) {
            Arrays.fill(gain, 0);
            for (int s = 0; s < demand.length; s++) {
                double w = weight[demand[s]];
                double current = best[s];
                if (w > 0 && current > 0) {
                    costs.sitesWithin(demand[s], current, (site, c) -> {
                        int j = localOf[site];
                        if (j >= 0 && c < current) {
                            gain[j] += w * (current - c);
                        }
                    });
                }
            }
            int next = -1;
            for (int j = 0; j < k; j++) {
                if (!isOpen[j] && (next < 0 || gain[j] > gain[next])) {
                    next = j;
                }
            }
            isOpen[next] = true;
            chosen[count++] = next;
            for (int s = 0; s < demand.length; s++) {
                best[s] = Math.min(best[s], costs.cost(demand[s], openable[next]));
            }
        }
        return chosen;
    }

    private static int[] sample(double[] weight, int siteCount, long seed) {
        int n = weight.length;
        int size = (int) Math.min(n, Math.max(1000, FULL_PAIRS / siteCount));
        return DemandSample.draw(n, size, seed);
    }
}
