package org.welfareintelligence.network.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Nodes street polylines: lines are first cut where they cross or where one ends on another ({@link Crossings});
 * then a vertex becomes a node where a line ends or where two lines (or one line twice) pass through the same
 * point. Vertices within a centimetre count as the same point. A walking graph joins every crossing, bridges
 * included, as geometry-only extracts cannot tell them apart. Zero-length pieces and loops back to their own node
 * are left out: they never shorten a path.
 */
public final class Noding {

    private static final double GRID = 100.0; // vertices are matched on a 1 cm grid

    private Noding() {
    }

    /** @param lines each line's vertices as x0, y0, x1, y1, … in metres */
    public static NodedNetwork node(List<double[]> input) {
        List<double[]> lines = Crossings.split(input);
        Map<Long, Integer> uses = new HashMap<>();
        for (double[] line : lines) {
            for (int v = 0; v < line.length / 2; v++) {
                boolean end = v == 0 || v == line.length / 2 - 1;
                // an end counts twice, so that it is always a node
                uses.merge(key(line[2 * v], line[2 * v + 1]), end ? 2 : 1, Integer::sum);
            }
        }
        Map<Long, Integer> nodeOf = new HashMap<>();
        Growing nodes = new Growing();
        Growing edges = new Growing();
        List<double[]> shapes = new ArrayList<>();
        for (double[] line : lines) {
            int count = line.length / 2;
            if (count < 2) {
                continue;
            }
            int start = 0;
            for (int v = 1; v < count; v++) {
                if (v < count - 1 && uses.get(key(line[2 * v], line[2 * v + 1])) < 2) {
                    continue;
                }
                int from = node(line, start, nodeOf, nodes);
                int to = node(line, v, nodeOf, nodes);
                double length = length(line, start, v);
                if (from != to && length > 0) {
                    edges.add(from, to, length);
                    double[] shape = new double[2 * (v - start + 1)];
                    System.arraycopy(line, 2 * start, shape, 0, shape.length);
                    shapes.add(shape);
                }
                start = v;
            }
        }
        return new NodedNetwork(nodes.xs(), nodes.ys(), edges.ints(0), edges.ints(1), edges.values(),
                shapes.toArray(double[][]::new));
    }

    private static int node(double[] line, int v, Map<Long, Integer> nodeOf, Growing nodes) {
        double x = line[2 * v];
        double y = line[2 * v + 1];
        return nodeOf.computeIfAbsent(key(x, y), k -> nodes.addPoint(x, y));
    }

    private static double length(double[] line, int from, int to) {
        double total = 0;
        for (int v = from; v < to; v++) {
            total += Math.hypot(line[2 * v + 2] - line[2 * v], line[2 * v + 3] - line[2 * v + 1]);
        }
        return total;
    }

    private static long key(double x, double y) {
        return (Math.round(x * GRID) << 32) ^ (Math.round(y * GRID) & 0xffffffffL);
    }

    /** Growing parallel arrays: points (x, y) or edges (from, to, length). */
    private static final class Growing {
        private int[] a = new int[1024];
        private int[] b = new int[1024];
        private double[] x = new double[1024];
        private double[] y = new double[1024];
        private int size;

        int addPoint(double px, double py) {
            ensure();
            x[size] = px;
            y[size] = py;
            return size++;
        }

        void add(int from, int to, double value) {
            ensure();
            a[size] = from;
            b[size] = to;
            x[size] = value;
            size++;
        }

        private void ensure() {
            if (size == a.length) {
                a = Arrays.copyOf(a, size * 2);
                b = Arrays.copyOf(b, size * 2);
                x = Arrays.copyOf(x, size * 2);
                y = Arrays.copyOf(y, size * 2);
            }
        }

        double[] xs() {
            return Arrays.copyOf(x, size);
        }

        double[] ys() {
            return Arrays.copyOf(y, size);
        }

        double[] values() {
            return xs();
        }

        int[] ints(int which) {
            return Arrays.copyOf(which == 0 ? a : b, size);
        }
    }
}
