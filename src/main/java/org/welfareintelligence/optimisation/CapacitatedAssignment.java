package org.welfareintelligence.optimisation;

import java.util.Arrays;

/**
 * Serves each demand point whole from one of a given set of open sites within their capacities, at
 * small weighted cost: points in decreasing order of regret (second cheapest minus cheapest open site,
 * times weight) take their cheapest site with room; then single moves to a cheaper site with room and
 * pairwise exchanges are applied while they lower the cost. On large inputs (more than
 * {@link #EXCHANGE_LIMIT} points) exchanges are skipped and single moves only look at each point's
 * {@link #MOVE_CANDIDATES} cheapest sites, which keeps an assignment of 6,000 points to 67 sites to a few ms.
 */
final class CapacitatedAssignment {

    /** An assignment: site per point (-1 unassigned), its cost, and the weight left unassigned. */
    record Result(int[] openSites, int[] assignment, double cost, double unassignedWeight) {

        /** Less unassigned weight first, then lower cost. */
        boolean betterThan(Result other) {
            double tolerance = 1e-9 * Math.max(1, Math.abs(other.cost));
            if (unassignedWeight < other.unassignedWeight - 1e-9) {
                return true;
            }
            return unassignedWeight <= other.unassignedWeight + 1e-9 && cost < other.cost - tolerance;
        }
    }

    private static final int EXCHANGE_LIMIT = 2_000;
    private static final int MOVE_CANDIDATES = 8;

    private final LocationData data;
    private final double[] capacity;

    CapacitatedAssignment(LocationData data, double[] capacity) {
        this.data = data;
        this.capacity = capacity;
    }

    Result assign(int[] sites) {
        double[] weight = data.weights();
        int n = weight.length;
        int m = sites.length;
        double[][] cost = new double[n][m];
        double[] regret = new double[n];
        for (int i = 0; i < n; i++) {
            double c1 = Double.POSITIVE_INFINITY;
            double c2 = Double.POSITIVE_INFINITY;
            for (int k = 0; k < m; k++) {
                double c = data.costs().cost(i, sites[k]);
                cost[i][k] = c;
                if (c < c1) {
                    c2 = c1;
                    c1 = c;
                } else if (c < c2) {
                    c2 = c;
                }
            }
            regret[i] = m > 1 ? weight[i] * (c2 - c1) : weight[i];
        }
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Double.compare(regret[b], regret[a]));
        double[] room = new double[m];
        for (int k = 0; k < m; k++) {
            room[k] = capacity[sites[k]];
        }
        int[] at = new int[n];
        Arrays.fill(at, -1);
        for (int i : order) {
            int best = -1;
            for (int k = 0; k < m; k++) {
                if (room[k] >= weight[i] - 1e-9 && (best < 0 || cost[i][k] < cost[i][best])) {
                    best = k;
                }
            }
            if (best >= 0) {
                at[i] = best;
                room[best] -= weight[i];
            }
        }
        improve(at, cost, room, weight);
        return result(sites, at, cost, weight);
    }

    /** The cost of a given assignment (site per point, -1 unassigned). */
    Result evaluate(int[] sites, int[] servedBy) {
        double[] weight = data.weights();
        double total = 0;
        double unassigned = 0;
        for (int i = 0; i < servedBy.length; i++) {
            if (servedBy[i] < 0) {
                unassigned += weight[i];
            } else {
                total += weight[i] * data.costs().cost(i, servedBy[i]);
            }
        }
        return new Result(sites.clone(), servedBy.clone(), total, unassigned);
    }

    private void improve(int[] at, double[][] cost, double[] room, double[] weight) {
        int n = at.length;
        int[][] moves = moveTargets(cost, n > EXCHANGE_LIMIT ? MOVE_CANDIDATES : room.length);
        boolean improved = true;
        int passes = 0;
        while (improved && passes++ < 50) {
            improved = false;
            for (int i = 0; i < n; i++) {
                if (at[i] < 0) {
                    continue;
                }
                for (int k : moves[i]) {
                    if (k != at[i] && room[k] >= weight[i] - 1e-9
                            && weight[i] * (cost[i][k] - cost[i][at[i]]) < -1e-12) {
                        room[at[i]] += weight[i];
                        room[k] -= weight[i];
                        at[i] = k;
                        improved = true;
                    }
                }
            }
            if (n > EXCHANGE_LIMIT) {
                continue;
            }
            for (int i = 0; i < n; i++) {
                for (int h = i + 1; h < n && at[i] >= 0; h++) {
                    int a = at[i];
                    int b = at[h];
                    if (b < 0 || a == b) {
                        continue;
                    }
                    double delta = weight[i] * (cost[i][b] - cost[i][a]) + weight[h] * (cost[h][a] - cost[h][b]);
                    if (delta < -1e-12 && room[b] + weight[h] >= weight[i] - 1e-9
                            && room[a] + weight[i] >= weight[h] - 1e-9) {
                        room[a] += weight[i] - weight[h];
                        room[b] += weight[h] - weight[i];
                        at[i] = b;
                        at[h] = a;
                        improved = true;
                    }
                }
            }
        }
    }

    /** Per point, the positions of its {@code limit} cheapest sites (all of them when limit ≥ their number). */
    private static int[][] moveTargets(double[][] cost, int limit) {
        int m = cost.length == 0 ? 0 : cost[0].length;
        int[][] targets = new int[cost.length][];
        if (limit >= m) {
            int[] all = new int[m];
            Arrays.setAll(all, k -> k);
            Arrays.fill(targets, all);
            return targets;
        }
        for (int i = 0; i < cost.length; i++) {
            // insertion into a short sorted list: m × limit comparisons at worst
            int[] best = new int[limit];
            int size = 0;
            for (int k = 0; k < m; k++) {
                double c = cost[i][k];
                if (size == limit && c >= cost[i][best[size - 1]]) {
                    continue;
                }
                int q = size == limit ? size - 1 : size++;
                while (q > 0 && cost[i][best[q - 1]] > c) {
                    best[q] = best[q - 1];
                    q--;
                }
                best[q] = k;
            }
            targets[i] = best;
        }
        return targets;
    }

    private Result result(int[] sites, int[] at, double[][] cost, double[] weight) {
        int[] assignment = new int[at.length];
        double total = 0;
        double unassigned = 0;
        for (int i = 0; i < at.length; i++) {
            if (at[i] < 0) {
                assignment[i] = -1;
                unassigned += weight[i];
            } else {
                assignment[i] = sites[at[i]];
                total += weight[i] * cost[i][at[i]];
            }
        }
        return new Result(sites.clone(), assignment, total, unassigned);
    }
}
