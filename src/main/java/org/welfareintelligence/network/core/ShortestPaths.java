package org.welfareintelligence.network.core;

import java.util.Arrays;

/**
 * Dijkstra's algorithm on a {@link StreetGraph} from one or several sources, stopping at a cutoff or at a
 * target. One instance is a reusable workspace for one thread: a search resets only the nodes the previous
 * one reached, so thousands of short searches cost what they visit, not the size of the city.
 */
public final class ShortestPaths {

    private final StreetGraph graph;
    private final double[] distance;
    private final int[] arcIn;
    private final int[] reached;
    private int reachedCount;
    private double[] heapKey = new double[1024];
    private int[] heapNode = new int[1024];
    private int heapSize;

    public ShortestPaths(StreetGraph graph) {
        this.graph = graph;
        this.distance = new double[graph.nodes()];
        this.arcIn = new int[graph.nodes()];
        this.reached = new int[graph.nodes()];
        Arrays.fill(distance, Double.POSITIVE_INFINITY);
        Arrays.fill(arcIn, -1);
    }

    /**
     * Settles every node within {@code cutoff} metres of the nearest source, source {@code i} starting at
     * {@code offset[i]} (e.g. the walk from a point to the node it snapped to).
     */
    public void from(int[] sources, double[] offset, double cutoff) {
        run(sources, offset, cutoff, -1);
    }

    public void from(int source, double cutoff) {
        run(new int[] {source}, new double[] {0}, cutoff, -1);
    }

    /** Searches from {@code source} until {@code target} is settled; {@link #distance} then is the route length. */
    public void between(int source, int target) {
        run(new int[] {source}, new double[] {0}, Double.POSITIVE_INFINITY, target);
    }

    /** Distance in metres from the last search's sources; infinite when not reached within the cutoff. */
    public double distance(int node) {
        return distance[node];
    }

    /** Nodes the last search reached (settled or only labelled), in the order first reached. */
    public int reachedCount() {
        return reachedCount;
    }

    public int reached(int i) {
        return reached[i];
    }

    /** The edges of the shortest path to {@code node}, from the source, with whether each is walked backwards. */
    public Path pathTo(int node) {
        int count = 0;
        for (int v = node; arcIn[v] >= 0; v = tail(v)) {
            count++;
        }
        int[] edges = new int[count];
        boolean[] reversed = new boolean[count];
        int i = count;
        for (int v = node; arcIn[v] >= 0; v = tail(v)) {
            i--;
            edges[i] = graph.edge(arcIn[v]);
            reversed[i] = !graph.forwardArc(arcIn[v]);
        }
        return new Path(edges, reversed);
    }

    /** @param reversed whether edge {@code edges[i]} is walked from its target to its source */
    public record Path(int[] edges, boolean[] reversed) {
    }

    private int tail(int node) {
        return graph.tail(arcIn[node]);
    }

    private void run(int[] sources, double[] offset, double cutoff, int target) {
        for (int i = 0; i < reachedCount; i++) {
            distance[reached[i]] = Double.POSITIVE_INFINITY;
            arcIn[reached[i]] = -1;
        }
        reachedCount = 0;
        heapSize = 0;
        for (int i = 0; i < sources.length; i++) {
            if (offset[i] <= cutoff && offset[i] < distance[sources[i]]) {
                label(sources[i], offset[i], -1);
            }
        }
        while (heapSize > 0) {
            double d = heapKey[0];
            int v = heapNode[0];
            pop();
            if (d > distance[v]) {
                continue; // a stale entry: v was settled sooner
            }
            if (v == target) {
                return;
            }
            for (int arc = graph.firstArc(v), end = graph.endArc(v); arc < end; arc++) {
                double candidate = d + graph.length(arc);
                int w = graph.head(arc);
                if (candidate <= cutoff && candidate < distance[w]) {
                    label(w, candidate, arc);
                }
            }
        }
    }

    private void label(int node, double d, int arc) {
        if (distance[node] == Double.POSITIVE_INFINITY) {
            reached[reachedCount++] = node;
        }
        distance[node] = d;
        arcIn[node] = arc;
        push(d, node);
    }

    private void push(double key, int node) {
        if (heapSize == heapKey.length) {
            heapKey = Arrays.copyOf(heapKey, heapSize * 2);
            heapNode = Arrays.copyOf(heapNode, heapSize * 2);
        }
        int i = heapSize++;
        for (int parent = (i - 1) >>> 1; i > 0 && heapKey[parent] > key; i = parent, parent = (i - 1) >>> 1) {
            move(parent, i);
        }
        heapKey[i] = key;
        heapNode[i] = node;
    }

    private void pop() {
        double key = heapKey[--heapSize];
        int node = heapNode[heapSize];
        int i = 0;
        for (int child = 1; child < heapSize; child = 2 * i + 1) {
            if (child + 1 < heapSize && heapKey[child + 1] < heapKey[child]) {
                child++;
            }
            if (heapKey[child] >= key) {
                break;
            }
            move(child, i);
            i = child;
        }
        heapKey[i] = key;
        heapNode[i] = node;
    }

    private void move(int from, int to) {
        heapKey[to] = heapKey[from];
        heapNode[to] = heapNode[from];
    }
}
