package org.welfareintelligence.network.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Origin × destination travel along the streets within a cutoff: every point is snapped to its nearest node
 * and the straight walk to it is added at both ends; one Dijkstra per destination, bounded by the cutoff,
 * reaches the origins. Destinations are shared among threads, each with its own workspace.
 */
public final class NetworkCosts {

    private NetworkCosts() {
    }

    /**
     * The pairs whose whole journey (walk to the network, along it, walk from it) is within {@code cutoff}
     * metres, ordered by origin then destination (as a table keyed by origin is best written). {@code networkMetres} is the part along the streets, {@code accessMetres}
     * the two snap walks.
     */
    public record Pairs(int[] origin, int[] destination, double[] networkMetres, double[] accessMetres) {

        public int size() {
            return origin.length;
        }

        public double metres(int i) {
            return networkMetres[i] + accessMetres[i];
        }

        /** Minutes: the snap walks at {@code walkKmh}, the street part at {@code streetKmh} (walking or driving). */
        public double minutes(int i, double walkKmh, double streetKmh) {
            return 0.06 * (accessMetres[i] / walkKmh + networkMetres[i] / streetKmh);
        }
    }

    /** Points snapped to the network: each one's nearest node and the straight distance to it in metres. */
    public record Snap(int[] node, double[] metres) {
    }

    public static Pairs within(StreetGraph graph, Snap origins, Snap destinations, double cutoff, int threads) {
        int n = graph.nodes();
        int[] start = new int[n + 1];
        for (int node : origins.node()) {
            start[node + 1]++;
        }
        for (int v = 0; v < n; v++) {
            start[v + 1] += start[v];
        }
        int[] next = Arrays.copyOf(start, start.length);
        int[] atNode = new int[origins.node().length];
        for (int o = 0; o < atNode.length; o++) {
            atNode[next[origins.node()[o]]++] = o;
        }
        int count = destinations.node().length;
        int workers = Math.max(1, Math.min(threads, count));
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<Collected>> parts = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                int first = (int) ((long) count * w / workers);
                int last = (int) ((long) count * (w + 1) / workers);
                parts.add(pool.submit(() -> collect(graph, start, atNode, origins, destinations, first, last, cutoff)));
            }
            List<Collected> done = new ArrayList<>();
            for (Future<Collected> part : parts) {
                done.add(part.get());
            }
            return merge(done, origins.node().length);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while computing street travel costs", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("street travel costs failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Collected collect(StreetGraph graph, int[] start, int[] atNode, Snap origins, Snap destinations,
                                     int first, int last, double cutoff) {
        ShortestPaths paths = new ShortestPaths(graph);
        Collected out = new Collected();
        for (int d = first; d < last; d++) {
            double walkIn = destinations.metres()[d];
            if (walkIn > cutoff) {
                continue;
            }
            paths.from(destinations.node()[d], cutoff - walkIn);
            for (int r = 0; r < paths.reachedCount(); r++) {
                int node = paths.reached(r);
                double along = paths.distance(node);
                for (int k = start[node]; k < start[node + 1]; k++) {
                    int o = atNode[k];
                    double access = walkIn + origins.metres()[o];
                    if (along + access <= cutoff) {
                        out.add(o, d, along, access);
                    }
                }
            }
        }
        return out;
    }

    /** Concatenates the parts (each in destination order) and counting-sorts them by origin, stably. */
    private static Pairs merge(List<Collected> parts, int origins) {
        int total = parts.stream().mapToInt(p -> p.size).sum();
        int[] next = new int[origins + 1];
        for (Collected part : parts) {
            for (int i = 0; i < part.size; i++) {
                next[part.ends[2 * i] + 1]++;
            }
        }
        for (int o = 0; o < origins; o++) {
            next[o + 1] += next[o];
        }
        int[] origin = new int[total];
        int[] destination = new int[total];
        double[] along = new double[total];
        double[] access = new double[total];
        for (Collected part : parts) {
            for (int i = 0; i < part.size; i++) {
                int at = next[part.ends[2 * i]]++;
                origin[at] = part.ends[2 * i];
                destination[at] = part.ends[2 * i + 1];
                along[at] = part.metres[2 * i];
                access[at] = part.metres[2 * i + 1];
            }
        }
        return new Pairs(origin, destination, along, access);
    }

    /** One thread's pairs: (origin, destination) and (along, access) interleaved. */
    private static final class Collected {
        int[] ends = new int[2048];
        double[] metres = new double[2048];
        int size;

        void add(int o, int d, double alongMetres, double accessMetres) {
            if (2 * size == ends.length) {
                ends = Arrays.copyOf(ends, 4 * size);
                metres = Arrays.copyOf(metres, 4 * size);
            }
            ends[2 * size] = o;
            ends[2 * size + 1] = d;
            metres[2 * size] = alongMetres;
            metres[2 * size + 1] = accessMetres;
            size++;
        }
    }
}
