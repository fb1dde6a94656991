package org.welfareintelligence.analytics.measure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The synthetic accessibility test city in {@code ${wi.shared-dir}/benchmarks/accessibility-city}: 1,000 demand
 * points, 300 facilities and their Euclidean costs within 3,000 m, read in place. Missing data is an error.
 */
record AccessibilityCity(double[] demand, double[] supply, double[] demandX, double[] demandY, double[] supplyX,
        double[] supplyY, int[] costOrigin, int[] costDestination, double[] cost) {

    static AccessibilityCity load() {
        Path folder = Path.of(System.getProperty("wi.shared-dir", "../shared"), "benchmarks", "accessibility-city");
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("missing shared test data " + folder.toAbsolutePath()
                    + ": the repository expects ../shared beside it");
        }
        double[][] demand = columns(folder.resolve("demand.csv"));
        double[][] supply = columns(folder.resolve("supply.csv"));
        double[][] demandXy = columns(folder.resolve("demand_xy.csv"));
        double[][] supplyXy = columns(folder.resolve("supply_xy.csv"));
        double[][] costs = columns(folder.resolve("cost.csv"));
        requireIdsInOrder(demand[0], demandXy[0], supply[0], supplyXy[0]);
        return new AccessibilityCity(demand[1], supply[1], demandXy[1], demandXy[2], supplyXy[1], supplyXy[2],
                ints(costs[0]), ints(costs[1]), costs[2]);
    }

    int demandPoints() {
        return demand.length;
    }

    int facilities() {
        return supply.length;
    }

    SparseCosts costs() {
        return SparseCosts.fromTriples(demandPoints(), facilities(), costOrigin, costDestination, cost);
    }

    /** Columns of a CSV of numbers with one header line, as {@code [column][row]}. */
    private static double[][] columns(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            int width = lines.get(0).split(",").length;
            double[][] columns = new double[width][lines.size() - 1];
            for (int row = 1; row < lines.size(); row++) {
                String[] fields = lines.get(row).split(",");
                for (int c = 0; c < width; c++) {
                    columns[c][row - 1] = Double.parseDouble(fields[c]);
                }
            }
            return columns;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files list ids 0..n-1 in order, so row number and id are the same thing. */
    private static void requireIdsInOrder(double[]... idColumns) {
        for (double[] ids : idColumns) {
            for (int row = 0; row < ids.length; row++) {
                if (ids[row] != row) {
                    throw new IllegalStateException("expected id " + row + " in row " + row + ", found " + ids[row]);
                }
            }
        }
    }

    private static int[] ints(double[] values) {
        int[] ints = new int[values.length];
        for (int k = 0; k < values.length; k++) {
            ints[k] = (int) values[k];
        }
        return ints;
    }
}
