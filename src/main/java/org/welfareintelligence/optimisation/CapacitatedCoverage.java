package org.welfareintelligence.optimisation;

import java.util.Arrays;

/**
 * The weight that open sites with capacities serve within the radius when a demand point's weight may be
 * split among the open sites around it: the maximum flow source → points (capacity w_i) → open sites
 * within the radius (capacity w_i) → sink (capacity Q_j), solved by {@link CoverageFlow}. Only the points
 * that an open site covers enter the network.
 *
 * <p>{@link #serve} solves an open set (from a greedy filling, which leaves few augmenting paths to find)
 * and keeps its flow as the base; {@link #serveWith} then evaluates the base plus one site starting from
 * that flow, and {@link #gainBound} and {@link #allocation} read the base flow.
 */
final class CapacitatedCoverage {

    private static final int SOURCE = 0;
    private static final int SINK = 1;

    final Coverage coverage;
    /** Capacity by local site. */
    final double[] capacity;
    /** Weight within the radius by local site. */
    final double[] weightWithin;
    private final int siteCount;
    private final CoverageFlow flow = new CoverageFlow();
    private final int[] nodeOfPoint;
    private final int[] pointStamp;
    private int stamp;
    private int[] points = new int[64];
    private int pointCount;

    /** The base: open sites, and per site position, point → site arc and point the flow that serves them. */
    private int[] sites = new int[0];
    private int openCount;
    private double served;
    private double[] siteLoad = new double[0];
    private double[] arcFlow = new double[64];
    private int baseArcs;
    private final double[] pointServed;
    private final boolean[] pointReachable;
    /** A point is in the base network when its stamp is the base's. */
    private final int[] baseStamp;
    private int lastBaseStamp = -1;

    /** {@code capacityBySite} is indexed by site of the cost matrix. */
    CapacitatedCoverage(Coverage coverage, double[] capacityBySite) {
        this.coverage = coverage;
        this.siteCount = capacityBySite.length;
        int k = coverage.siteCount();
        capacity = new double[k];
        weightWithin = new double[k];
        for (int j = 0; j < k; j++) {
            capacity[j] = capacityBySite[coverage.openable[j]];
            for (int i : coverage.covers[j]) {
                weightWithin[j] += coverage.weight[i];
            }
        }
        int n = coverage.weight.length;
        nodeOfPoint = new int[n];
        pointStamp = new int[n];
        pointServed = new double[n];
        pointReachable = new boolean[n];
        baseStamp = new int[n];
    }

    /** Maximum weight served by the first {@code count} local sites of {@code open}; they become the base. */
    double serve(int[] open, int count) {
        openCount = count;
        if (sites.length < count) {
            sites = new int[Math.max(count, 2 * sites.length)];
            siteLoad = new double[sites.length];
        }
        System.arraycopy(open, 0, sites, 0, count);
        numberPoints(-1);
        fillGreedily();
        served = solve(-1);
        for (int s = 0; s < count; s++) {
            siteLoad[s] = flow.flow(s);
        }
        for (int a = 0; a < baseArcs; a++) {
            arcFlow[a] = flow.flow(count + a);
        }
        for (int q = 0; q < pointCount; q++) {
            int i = points[q];
            pointServed[i] = flow.flow(count + baseArcs + q);
            pointReachable[i] = flow.onSourceSide(nodeOfPoint[i]);
        }
        return served;
    }

    /** Maximum weight served by the base plus local site {@code extra}, topped up from the base flow. */
    double serveWith(int extra) {
        numberPoints(extra);
        return solve(extra);
    }

    /**
     * Upper bound on how much opening local site j (closed in the base) would add to the base: at most its
     * capacity, at most the weight still unserved, and at most the weight of the points around it that an
     * augmenting path can still reach (the source side of the base's minimum cut; points outside every
     * open site's radius are unserved and so reachable). The cut argument: opening j adds arcs into j from
     * those points only, and one arc j → sink.
     */
    double gainBound(int j) {
        double reachable = 0;
        for (int i : coverage.covers[j]) {
            if (!inBase(i) || pointReachable[i]) {
                reachable += coverage.weight[i];
            }
        }
        return Math.max(0, Math.min(capacity[j], Math.min(reachable, coverage.coverableWeight - served)));
    }

    /** The base flow: weight served per point, load per site, main site per point. */
    MaximalCapacitatedCovering.Allocation allocation() {
        int n = coverage.weight.length;
        double[] servedByPoint = new double[n];
        double[] loadBySite = new double[siteCount];
        int[] mainSite = new int[n];
        Arrays.fill(mainSite, -1);
        double[] mainShare = new double[n];
        int arc = 0;
        for (int s = 0; s < openCount; s++) {
            int site = coverage.openable[sites[s]];
            loadBySite[site] = siteLoad[s];
            for (int i : coverage.covers[sites[s]]) {
                double share = arcFlow[arc++];
                // the largest share wins; equal shares go to the lower site index
                if (share > 0 && (share > mainShare[i] || (share == mainShare[i] && site < mainSite[i]))) {
                    mainShare[i] = share;
                    mainSite[i] = site;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            servedByPoint[i] = inBase(i) ? pointServed[i] : 0;
        }
        return new MaximalCapacitatedCovering.Allocation(served, servedByPoint, loadBySite, mainSite);
    }

    private boolean inBase(int point) {
        return baseStamp[point] == lastBaseStamp;
    }

    /** Gives a node to every point the base sites (and {@code extra}, if not -1) cover. */
    private void numberPoints(int extra) {
        stamp++;
        pointCount = 0;
        int total = openCount + (extra >= 0 ? 1 : 0);
        for (int s = 0; s < total; s++) {
            for (int i : coverage.covers[s < openCount ? sites[s] : extra]) {
                if (pointStamp[i] != stamp) {
                    pointStamp[i] = stamp;
                    if (pointCount == points.length) {
                        points = Arrays.copyOf(points, 2 * pointCount);
                    }
                    nodeOfPoint[i] = 2 + total + pointCount;
                    points[pointCount++] = i;
                }
            }
        }
    }

    /** A feasible starting flow for the base: each site in turn takes what its points still have, up to its capacity. */
    private void fillGreedily() {
        lastBaseStamp = stamp;
        for (int q = 0; q < pointCount; q++) {
            pointServed[points[q]] = 0;
            baseStamp[points[q]] = stamp;
        }
        int arc = 0;
        for (int s = 0; s < openCount; s++) {
            double room = capacity[sites[s]];
            double load = 0;
            int[] covered = coverage.covers[sites[s]];
            if (arcFlow.length < arc + covered.length) {
                arcFlow = Arrays.copyOf(arcFlow, Math.max(arc + covered.length, 2 * arcFlow.length));
            }
            for (int i : covered) {
                double take = Math.max(0, Math.min(coverage.weight[i] - pointServed[i], room));
                arcFlow[arc++] = take;
                pointServed[i] += take;
                room -= take;
                load += take;
            }
            siteLoad[s] = load;
        }
        baseArcs = arc;
    }

    /**
     * Builds the network of the base sites (and {@code extra}), each base arc starting with the base flow,
     * and returns its maximum flow. Arc order, relied on when reading flows back: site → sink, then
     * point → site by site, then source → point.
     */
    private double solve(int extra) {
        int total = openCount + (extra >= 0 ? 1 : 0);
        flow.clear(2 + total + pointCount);
        for (int s = 0; s < total; s++) {
            int site = s < openCount ? sites[s] : extra;
            flow.addArc(2 + s, SINK, capacity[site], s < openCount ? siteLoad[s] : 0);
        }
        int arc = 0;
        for (int s = 0; s < total; s++) {
            for (int i : coverage.covers[s < openCount ? sites[s] : extra]) {
                flow.addArc(nodeOfPoint[i], 2 + s, coverage.weight[i], s < openCount ? arcFlow[arc++] : 0);
            }
        }
        for (int q = 0; q < pointCount; q++) {
            int i = points[q];
            flow.addArc(SOURCE, nodeOfPoint[i], coverage.weight[i], inBase(i) ? pointServed[i] : 0);
        }
        return flow.maxFlow(SOURCE, SINK);
    }
}
