package org.welfareintelligence.optimisation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reader for Beasley's OR-Library p-median instances ({@code pmedN.txt}) and their known optima
 * ({@code pmedopt.txt}).
 */
public final class OrLibraryPMedian {

    private OrLibraryPMedian() {
    }

    /**
     * Reads a {@code pmedN.txt} file: a line {@code n edges p}, then {@code i j cost} undirected
     * edges with 1-based vertices. Costs are shortest-path lengths; every vertex is a demand point
     * of weight 1 and a candidate site.
     */
    public static PMedian read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file).stream().filter(line -> !line.isBlank()).toList();
        if (lines.isEmpty()) {
            throw new IOException(file + ": empty file");
        }
        long[] header = numbers(file, lines.get(0), 3);
        int n = (int) header[0];
        int edgeCount = (int) header[1];
        int p = (int) header[2];
        if (lines.size() - 1 < edgeCount) {
            throw new IOException(file + ": header announces " + edgeCount + " edges, found " + (lines.size() - 1));
        }
        double[] distance = new double[n * n];
        Arrays.fill(distance, Double.POSITIVE_INFINITY);
        for (int v = 0; v < n; v++) {
            distance[v * n + v] = 0;
        }
        for (int e = 1; e <= edgeCount; e++) {
            long[] edge = numbers(file, lines.get(e), 3);
            int from = (int) edge[0] - 1;
            int to = (int) edge[1] - 1;
            if (from < 0 || from >= n || to < 0 || to >= n) {
                throw new IOException(file + ": line " + (e + 1) + " names a vertex outside 1.." + n);
            }
            if (from != to) {
                // the published optima assume the last occurrence of a repeated edge wins
                distance[from * n + to] = edge[2];
                distance[to * n + from] = edge[2];
            }
        }
        shortestPaths(distance, n);
        for (double d : distance) {
            if (Double.isInfinite(d)) {
                throw new IOException(file + ": graph is not connected");
            }
        }
        double[] weights = new double[n];
        Arrays.fill(weights, 1.0);
        return new PMedian(LocationData.allSites(new DenseCostMatrix(n, n, distance), weights), p);
    }

    /** Reads {@code pmedopt.txt}: instance name to known optimal objective, in file order. */
    public static Map<String, Double> readOptima(Path file) throws IOException {
        Map<String, Double> optima = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            String[] fields = line.trim().split("\\s+");
            // the first line is a column header, not an instance
            if (fields.length == 2 && fields[1].matches("\\d+(\\.\\d+)?")) {
                optima.put(fields[0], Double.parseDouble(fields[1]));
            }
        }
        return optima;
    }

    /** Floyd–Warshall in place on an n-by-n flattened matrix. */
    static void shortestPaths(double[] distance, int n) {
        for (int k = 0; k < n; k++) {
            int rowK = k * n;
            for (int i = 0; i < n; i++) {
                double viaK = distance[i * n + k];
                if (Double.isInfinite(viaK)) {
                    continue;
                }
                int rowI = i * n;
                for (int j = 0; j < n; j++) {
                    double candidate = viaK + distance[rowK + j];
                    if (candidate < distance[rowI + j]) {
                        distance[rowI + j] = candidate;
                    }
                }
            }
        }
    }

    private static long[] numbers(Path file, String line, int count) throws IOException {
        String[] fields = line.trim().split("\\s+");
        if (fields.length < count) {
            throw new IOException(file + ": expected " + count + " numbers in line '" + line.trim() + "'");
        }
        long[] values = new long[count];
        try {
            for (int k = 0; k < count; k++) {
                values[k] = Long.parseLong(fields[k]);
            }
        } catch (NumberFormatException e) {
            throw new IOException(file + ": not a number in line '" + line.trim() + "'", e);
        }
        return values;
    }
}
