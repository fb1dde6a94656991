package org.welfareintelligence.optimisation;

import java.util.Arrays;

/**
 * Maximum flow by Dinic's algorithm, with real capacities, on compressed sparse row arrays. Add arcs
 * (optionally carrying a feasible starting flow, so that a known good flow only needs topping up), ask
 * for the maximum flow, then read each arc's flow and which nodes lie on the source side of the minimum
 * cut. {@link #clear} keeps the buffers, so repeated evaluations of similar networks stop allocating
 * once they have grown.
 */
final class CoverageFlow {

    private int nodes;
    private int arcs;
    private int[] tail = new int[16];
    private int[] head = new int[16];
    private double[] capacity = new double[16];
    private double[] initialFlow = new double[16];

    /** Residual network: arcs of node u at positions start[u] .. start[u + 1] − 1, each paired with its reverse. */
    private int[] start = new int[1];
    private int[] target = new int[32];
    private double[] residual = new double[32];
    private int[] reverse = new int[32];
    private int[] forwardPosition = new int[16];
    private int[] level = new int[0];
    private int[] nextArc = new int[0];
    private int[] queue = new int[0];
    private int[] path = new int[0];
    private double epsilon;

    /** Starts a new network of {@code nodeCount} nodes and no arcs. */
    void clear(int nodeCount) {
        nodes = nodeCount;
        arcs = 0;
    }

    /** Adds an arc of the given non-negative capacity; returns its index for {@link #flow}. */
    int addArc(int from, int to, double arcCapacity) {
        return addArc(from, to, arcCapacity, 0);
    }

    /**
     * Adds an arc already carrying {@code flow} (at most its capacity). The starting flows of all arcs
     * together must be a feasible flow: what enters a node other than source and sink leaves it.
     */
    int addArc(int from, int to, double arcCapacity, double flow) {
        if (arcs == tail.length) {
            tail = Arrays.copyOf(tail, 2 * arcs);
            head = Arrays.copyOf(head, 2 * arcs);
            capacity = Arrays.copyOf(capacity, 2 * arcs);
            initialFlow = Arrays.copyOf(initialFlow, 2 * arcs);
        }
        tail[arcs] = from;
        head[arcs] = to;
        capacity[arcs] = arcCapacity;
        initialFlow[arcs] = flow;
        return arcs++;
    }

    /** Maximum flow from source to sink over the arcs added since the last {@link #clear}, from their starting flows. */
    double maxFlow(int source, int sink) {
        build();
        double total = 0;
        for (int a = 0; a < arcs; a++) {
            total += tail[a] == source ? initialFlow[a] : head[a] == source ? -initialFlow[a] : 0;
        }
        while (levelsReachSink(source, sink)) {
            total += blockingFlow(source, sink);
        }
        return total;
    }

    /** Flow on arc {@code arc} after {@link #maxFlow}. */
    double flow(int arc) {
        return Math.max(0, capacity[arc] - residual[forwardPosition[arc]]);
    }

    /** After {@link #maxFlow}: whether the node can still be reached from the source (source side of the minimum cut). */
    boolean onSourceSide(int node) {
        return level[node] >= 0;
    }

    private void build() {
        if (start.length < nodes + 1) {
            start = new int[nodes + 1];
            level = new int[nodes];
            nextArc = new int[nodes];
            queue = new int[nodes];
            path = new int[nodes];
        }
        if (target.length < 2 * arcs) {
            target = new int[2 * arcs];
            residual = new double[2 * arcs];
            reverse = new int[2 * arcs];
        }
        if (forwardPosition.length < arcs) {
            forwardPosition = new int[tail.length];
        }
        Arrays.fill(start, 0, nodes + 1, 0);
        double largest = 0;
        for (int a = 0; a < arcs; a++) {
            start[tail[a] + 1]++;
            start[head[a] + 1]++;
            largest = Math.max(largest, capacity[a]);
        }
        for (int u = 0; u < nodes; u++) {
            start[u + 1] += start[u];
        }
        // nextArc doubles as the fill pointer while placing arcs
        System.arraycopy(start, 0, nextArc, 0, nodes);
        for (int a = 0; a < arcs; a++) {
            int forward = nextArc[tail[a]]++;
            int backward = nextArc[head[a]]++;
            target[forward] = head[a];
            residual[forward] = capacity[a] - initialFlow[a];
            reverse[forward] = backward;
            target[backward] = tail[a];
            residual[backward] = initialFlow[a];
            reverse[backward] = forward;
            forwardPosition[a] = forward;
        }
        // residuals below this are rounding left over from real-valued subtraction
        epsilon = 1e-12 * Math.max(1, largest);
    }

    /** Breadth-first levels in the residual network; true when the sink is reachable. */
    private boolean levelsReachSink(int source, int sink) {
        Arrays.fill(level, 0, nodes, -1);
        level[source] = 0;
        int read = 0;
        int write = 0;
        queue[write++] = source;
        while (read < write) {
            int u = queue[read++];
            for (int a = start[u]; a < start[u + 1]; a++) {
                int v = target[a];
                if (level[v] < 0 && residual[a] > epsilon) {
                    level[v] = level[u] + 1;
                    queue[write++] = v;
                }
            }
        }
        return level[sink] >= 0;
    }

    /** Augments along shortest paths until none is left in the level graph (iterative depth-first search). */
    private double blockingFlow(int source, int sink) {
        System.arraycopy(start, 0, nextArc, 0, nodes);
        double total = 0;
        int depth = 0;
        int u = source;
        while (true) {
            if (u == sink) {
                double push = Double.POSITIVE_INFINITY;
                for (int d = 0; d < depth; d++) {
                    push = Math.min(push, residual[path[d]]);
                }
                int saturated = -1;
                for (int d = 0; d < depth; d++) {
                    residual[path[d]] -= push;
                    residual[reverse[path[d]]] += push;
                    if (saturated < 0 && residual[path[d]] <= epsilon) {
                        saturated = d;
                    }
                }
                total += push;
                // resume from the tail of the first arc the push saturated
                depth = saturated;
                u = depth == 0 ? source : target[path[depth - 1]];
                continue;
            }
            boolean advanced = false;
            for (; nextArc[u] < start[u + 1]; nextArc[u]++) {
                int a = nextArc[u];
                int v = target[a];
                if (residual[a] > epsilon && level[v] == level[u] + 1) {
                    path[depth++] = a;
                    u = v;
                    advanced = true;
                    break;
                }
            }
            if (!advanced) {
                if (u == source) {
                    return total;
                }
                depth--;
                u = depth == 0 ? source : target[path[depth - 1]];
                nextArc[u]++;
            }
        }
    }
}
