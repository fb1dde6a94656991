package org.welfareintelligence.optimisation;

import java.util.Arrays;

/**
 * The weight that open sites with capacities serve within the radius when a demand point's weight may be
 * split among the open sites around it: the maximum flow source → points (capacity w_i) → open sites
 * within the radius (capacity w_i) → sink (capacity Q_j), solved by {@link CoverageFlow}. Only the points
 * that an open site covers enter the network. After {@link #serve} the last flow can be read back as an
 * allocation, or as a bound on what one more site could add.
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
    private int[] sites = new int[0];
    private int openCount;
    private double served;

    /** {@code capacityBySite} is indexed by site of the cost matrix, {@code siteCount} long. */
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
        nodeOfPoint = new int[coverage.weight.length];
        pointStamp = new int[coverage.weight.length];
    }

    /** Maximum weight served by the first {@code count} local sites of {@code open}. */
    double serve(int[] open, int count) {
        openCount = count;
        if (sites.length < count) {
            sites = new int[Math.max(count, 2 * sites.length)];
        }
        System.arraycopy(open, 0, sites, 0, count);
        stamp++;
        pointCount = 0;
        for (int s = 0; s < count; s++) {
            for (int i : coverage.covers[sites[s]]) {
                if (pointStamp[i] != stamp) {
                    pointStamp[i] = stamp;
                    if (pointCount == points.length) {
                        points = Arrays.copyOf(points, 2 * pointCount);
                    }
                    nodeOfPoint[i] = 2 + count + pointCount;
                    points[pointCount++] = i;
                }
            }
        }
        flow.clear(2 + count + pointCount);
        // arc order, relied on when reading flows back: site → sink, then point → site by site, then source → point
        for (int s = 0; s < count; s++) {
            flow.addArc(2 + s, SINK, capacity[sites[s]]);
        }
        for (int s = 0; s < count; s++) {
            for (int i : coverage.covers[sites[s]]) {
                flow.addArc(nodeOfPoint[i], 2 + s, coverage.weight[i]);
            }
        }
        for (int q = 0; q < pointCount; q++) {
            flow.addArc(SOURCE, 2 + count + q, coverage.weight[points[q]]);
        }
        served = flow.maxFlow(SOURCE, SINK);
        return served;
    }

    /**
     * For every local site not open in the last {@link #serve}, an upper bound on how much opening it too
     * would add: at most its capacity, at most the weight still unserved, and at most the weight of the
     * points around it that an augmenting path can still reach (the source side of the minimum cut;
     * points outside every open site's radius are unserved and so reachable). The cut argument: opening j
     * adds arcs into j from those points only, and one arc j → sink.
     */
    void gainBounds(boolean[] isOpen, double[] bound) {
        double unserved = coverage.coverableWeight - served;
        for (int j = 0; j < bound.length; j++) {
            if (isOpen[j]) {
                bound[j] = 0;
                continue;
            }
            double reachable = 0;
            for (int i : coverage.covers[j]) {
                if (pointStamp[i] != stamp || flow.onSourceSide(nodeOfPoint[i])) {
                    reachable += coverage.weight[i];
                }
            }
            bound[j] = Math.max(0, Math.min(capacity[j], Math.min(reachable, unserved)));
        }
    }

    /** The last {@link #serve}'s flow: weight served per point, load per site, main site per point. */
    MaximalCapacitatedCovering.Allocation allocation() {
        int n = coverage.weight.length;
        double[] servedByPoint = new double[n];
        double[] loadBySite = new double[siteCount];
        int[] mainSite = new int[n];
        Arrays.fill(mainSite, -1);
        double[] mainShare = new double[n];
        for (int s = 0; s < openCount; s++) {
            loadBySite[coverage.openable[sites[s]]] = flow.flow(s);
        }
        int arc = openCount;
        for (int s = 0; s < openCount; s++) {
            int site = coverage.openable[sites[s]];
            for (int i : coverage.covers[sites[s]]) {
                double share = flow.flow(arc++);
                // the largest share wins; equal shares go to the lower site index
                if (share > 0 && (share > mainShare[i] || (share == mainShare[i] && site < mainSite[i]))) {
                    mainShare[i] = share;
                    mainSite[i] = site;
                }
            }
        }
        for (int q = 0; q < pointCount; q++) {
            servedByPoint[points[q]] = flow.flow(arc++);
        }
        return new MaximalCapacitatedCovering.Allocation(served, servedByPoint, loadBySite, mainSite);
    }
}
