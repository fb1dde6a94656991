package org.welfareintelligence.network.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds a vertex to both lines wherever two segments cross or one line ends on another's segment, so that
 * {@link Noding} joins them there: street extracts are often not cut at their intersections. Segments are
 * bucketed in a grid; a pair is tested in every cell both touch, and kept only in the cell holding the crossing.
 */
final class Crossings {

    private static final double CELL = 100;
    private static final double EPSILON = 1e-9;

    private Crossings() {
    }

    /** The lines with a vertex added at every crossing with another line or another part of themselves. */
    static List<double[]> split(List<double[]> lines) {
        Map<Long, List<int[]>> cells = new HashMap<>();
        for (int l = 0; l < lines.size(); l++) {
            double[] line = lines.get(l);
            for (int s = 0; s + 1 < line.length / 2; s++) {
                for (long cell : cellsOf(line, s)) {
                    cells.computeIfAbsent(cell, k -> new ArrayList<>()).add(new int[] {l, s});
                }
            }
        }
        Map<Long, List<double[]>> added = new HashMap<>(); // (line, segment) -> points (t, x, y)
        for (Map.Entry<Long, List<int[]>> entry : cells.entrySet()) {
            List<int[]> members = entry.getValue();
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    cross(lines, members.get(i), members.get(j), entry.getKey(), added);
                }
            }
        }
        List<double[]> out = new ArrayList<>(lines.size());
        for (int l = 0; l < lines.size(); l++) {
            out.add(withPoints(lines.get(l), l, added));
        }
        return out;
    }

    private static void cross(List<double[]> lines, int[] a, int[] b, long cell, Map<Long, List<double[]>> added) {
        if (a[0] == b[0] && Math.abs(a[1] - b[1]) <= 1) {
            return; // neighbouring segments of one line meet at their shared vertex
        }
        double[] p = lines.get(a[0]);
        double[] q = lines.get(b[0]);
        double px = p[2 * a[1]], py = p[2 * a[1] + 1], rx = p[2 * a[1] + 2] - px, ry = p[2 * a[1] + 3] - py;
        double qx = q[2 * b[1]], qy = q[2 * b[1] + 1], sx = q[2 * b[1] + 2] - qx, sy = q[2 * b[1] + 3] - qy;
        double denominator = rx * sy - ry * sx;
        if (Math.abs(denominator) < EPSILON) {
            return; // parallel: overlapping collinear pieces share their vertices or stay apart
        }
        double t = ((qx - px) * sy - (qy - py) * sx) / denominator;
        double u = ((qx - px) * ry - (qy - py) * rx) / denominator;
        if (t < -EPSILON || t > 1 + EPSILON || u < -EPSILON || u > 1 + EPSILON) {
            return;
        }
        // a crossing at an existing vertex takes that vertex's exact coordinates, so both lines share it
        double x = px + t * rx;
        double y = py + t * ry;
        if (u < EPSILON || u > 1 - EPSILON) {
            x = u < 0.5 ? qx : qx + sx;
            y = u < 0.5 ? qy : qy + sy;
        } else if (t < EPSILON || t > 1 - EPSILON) {
            x = t < 0.5 ? px : px + rx;
            y = t < 0.5 ? py : py + ry;
        }
        if (cellKey(x, y) != cell) {
            return; // the pair is also in the cell holding the crossing, and is kept there
        }
        add(added, a, t, x, y);
        add(added, b, u, x, y);
    }

    private static void add(Map<Long, List<double[]>> added, int[] segment, double t, double x, double y) {
        if (t > EPSILON && t < 1 - EPSILON) {
            added.computeIfAbsent(((long) segment[0] << 32) | segment[1], k -> new ArrayList<>())
                    .add(new double[] {t, x, y});
        }
    }

    private static double[] withPoints(double[] line, int l, Map<Long, List<double[]>> added) {
        int segments = line.length / 2 - 1;
        List<Double> out = new ArrayList<>();
        boolean changed = false;
        for (int s = 0; s <= segments; s++) {
            out.add(line[2 * s]);
            out.add(line[2 * s + 1]);
            List<double[]> points = s < segments ? added.get(((long) l << 32) | s) : null;
            if (points != null) {
                changed = true;
                points.sort((m, n) -> Double.compare(m[0], n[0]));
                for (double[] point : points) {
                    out.add(point[1]);
                    out.add(point[2]);
                }
            }
        }
        if (!changed) {
            return line;
        }
        double[] result = new double[out.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = out.get(i);
        }
        return result;
    }

    private static long[] cellsOf(double[] line, int s) {
        int x0 = cell(Math.min(line[2 * s], line[2 * s + 2]));
        int x1 = cell(Math.max(line[2 * s], line[2 * s + 2]));
        int y0 = cell(Math.min(line[2 * s + 1], line[2 * s + 3]));
        int y1 = cell(Math.max(line[2 * s + 1], line[2 * s + 3]));
        long[] keys = new long[(x1 - x0 + 1) * (y1 - y0 + 1)];
        int k = 0;
        for (int cx = x0; cx <= x1; cx++) {
            for (int cy = y0; cy <= y1; cy++) {
                keys[k++] = ((long) cx << 32) ^ (cy & 0xffffffffL);
            }
        }
        return Arrays.copyOf(keys, k);
    }

    private static long cellKey(double x, double y) {
        return ((long) cell(x) << 32) ^ (cell(y) & 0xffffffffL);
    }

    private static int cell(double value) {
        return (int) Math.floor(value / CELL);
    }
}
