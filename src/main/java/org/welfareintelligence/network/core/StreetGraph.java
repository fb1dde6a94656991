package org.welfareintelligence.network.core;

/**
 * An undirected street graph in compressed sparse row form: the arcs leaving node {@code v} are
 * {@code offsets[v] .. offsets[v + 1] - 1}, each with its head node, length in metres and the edge it runs along.
 */
public final class StreetGraph {

    private final double[] x;
    private final double[] y;
    private final int[] offsets;
    private final int[] heads;
    private final double[] lengths;
    private final int[] edges;
    private final int[] tails;
    private final boolean[] forward;

    private StreetGraph(double[] x, double[] y, int[] offsets, int[] heads, double[] lengths, int[] edges,
                        int[] tails, boolean[] forward) {
        this.x = x;
        this.y = y;
        this.offsets = offsets;
        this.heads = heads;
        this.lengths = lengths;
        this.edges = edges;
        this.tails = tails;
        this.forward = forward;
    }

    /** Each edge {@code e} (source[e] – target[e], metres[e]) becomes an arc both ways. */
    public static StreetGraph of(double[] x, double[] y, int[] source, int[] target, double[] metres) {
        int n = x.length;
        int[] offsets = new int[n + 1];
        for (int e = 0; e < source.length; e++) {
            offsets[source[e] + 1]++;
            offsets[target[e] + 1]++;
        }
        for (int v = 0; v < n; v++) {
            offsets[v + 1] += offsets[v];
        }
        int[] next = offsets.clone();
        int[] heads = new int[2 * source.length];
        double[] lengths = new double[heads.length];
        int[] edges = new int[heads.length];
        int[] tails = new int[heads.length];
        boolean[] forward = new boolean[heads.length];
        for (int e = 0; e < source.length; e++) {
            int a = next[source[e]]++;
            heads[a] = target[e];
            lengths[a] = metres[e];
            edges[a] = e;
            tails[a] = source[e];
            forward[a] = true;
            int b = next[target[e]]++;
            heads[b] = source[e];
            lengths[b] = metres[e];
            edges[b] = e;
            tails[b] = target[e];
        }
        return new StreetGraph(x, y, offsets, heads, lengths, edges, tails, forward);
    }

    public static StreetGraph of(NodedNetwork network) {
        return of(network.nodeX(), network.nodeY(), network.source(), network.target(), network.metres());
    }

    public int nodes() {
        return x.length;
    }

    public int edges() {
        return heads.length / 2;
    }

    public double x(int node) {
        return x[node];
    }

    public double y(int node) {
        return y[node];
    }

    int firstArc(int node) {
        return offsets[node];
    }

    int endArc(int node) {
        return offsets[node + 1];
    }

    int head(int arc) {
        return heads[arc];
    }

    double length(int arc) {
        return lengths[arc];
    }

    int edge(int arc) {
        return edges[arc];
    }

    int tail(int arc) {
        return tails[arc];
    }

    /** Whether the arc runs from its edge's source to its target. */
    boolean forwardArc(int arc) {
        return forward[arc];
    }
}
