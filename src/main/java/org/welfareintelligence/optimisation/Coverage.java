package org.welfareintelligence.optimisation;

import java.util.Arrays;

/**
 * Who covers whom within a radius: for each openable site (by local index) the demand points of
 * positive weight within the radius, and for each demand point the sites covering it. Built with
 * radius queries, so only pairs within the radius are ever touched.
 */
final class Coverage {

    final int[] openable;
    final double[] weight;
    final boolean[] fixed;
    /** covers[j]: demand points within the radius of local site j. */
    final int[][] covers;
    /** coveredBy[i]: local sites within the radius of demand point i. */
    final int[][] coveredBy;
    /** Weight of the points that at least one openable site covers. */
    final double coverableWeight;

    static void requireRadius(double radius) {
        if (!(radius >= 0) || Double.isInfinite(radius)) {
            throw new IllegalArgumentException("service radius must be finite and non-negative, got " + radius);
        }
    }

    Coverage(LocationData data, double radius) {
        requireRadius(radius);
        this.openable = data.openable();
        this.weight = data.weights();
        this.fixed = new boolean[openable.length];
        for (int site : data.fixed()) {
            fixed[Arrays.binarySearch(openable, site)] = true;
        }
        int n = weight.length;
        covers = new int[openable.length][];
        int[] counts = new int[n];
        int[][] buffer = {new int[64]};
        int[] size = new int[1];
        for (int j = 0; j < openable.length; j++) {
            size[0] = 0;
            data.costs().demandsWithin(openable[j], radius, (demand, c) -> {
                if (weight[demand] > 0) {
                    if (size[0] == buffer[0].length) {
                        buffer[0] = Arrays.copyOf(buffer[0], 2 * size[0]);
                    }
                    buffer[0][size[0]++] = demand;
                }
            });
            covers[j] = Arrays.copyOf(buffer[0], size[0]);
            Arrays.sort(covers[j]);
            for (int i : covers[j]) {
                counts[i]++;
            }
        }
        coveredBy = new int[n][];
        for (int i = 0; i < n; i++) {
            coveredBy[i] = new int[counts[i]];
        }
        int[] fill = new int[n];
        for (int j = 0; j < openable.length; j++) {
            for (int i : covers[j]) {
                coveredBy[i][fill[i]++] = j;
            }
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            if (counts[i] > 0) {
                sum += weight[i];
            }
        }
        coverableWeight = sum;
    }

    int siteCount() {
        return openable.length;
    }

    int fixedCount() {
        int count = 0;
        for (boolean f : fixed) {
            count += f ? 1 : 0;
        }
        return count;
    }
}
