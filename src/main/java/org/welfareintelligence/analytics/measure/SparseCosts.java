package org.welfareintelligence.analytics.measure;

import java.util.Arrays;

/**
 * Travel costs from origins to destinations within a cutoff, stored as compressed rows by origin (CSR).
 * Entries {@code k} of an origin lie in {@code [rowStart(origin), rowEnd(origin))}, sorted by cost ascending and,
 * at equal cost, by destination id, so every measure that walks a row does so in one deterministic order.
 * Pairs absent from the table are beyond reach. Instances are immutable.
 */
public final class SparseCosts {

    private final int origins;
    private final int destinations;
    private final int[] rowStart;
    private final int[] destination;
    private final double[] cost;

    /** Takes ownership of arrays whose rows are already sorted by (cost, destination). */
    SparseCosts(int origins, int destinations, int[] rowStart, int[] destination, double[] cost) {
        this.origins = origins;
        this.destinations = destinations;
        this.rowStart = rowStart;
        this.destination = destination;
        this.cost = cost;
    }

    /** Builds the table from (origin, destination, cost) triples in any order; a pair may appear only once. */
    public static SparseCosts fromTriples(int origins, int destinations, int[] origin, int[] destination, double[] cost) {
        if (origins < 0 || destinations < 0) {
            throw new IllegalArgumentException("origins and destinations must not be negative");
        }
        if (origin.length != destination.length || origin.length != cost.length) {
            throw new IllegalArgumentException("origin, destination and cost must have the same length, got "
                    + origin.length + ", " + destination.length + " and " + cost.length);
        }
        int[] start = new int[origins + 1];
        for (int k = 0; k < origin.length; k++) {
            if (origin[k] < 0 || origin[k] >= origins) {
                throw new IllegalArgumentException("triple " + k + ": origin " + origin[k] + " is not in 0.." + (origins - 1));
            }
            if (destination[k] < 0 || destination[k] >= destinations) {
                throw new IllegalArgumentException(
                        "triple " + k + ": destination " + destination[k] + " is not in 0.." + (destinations - 1));
            }
            if (!(cost[k] >= 0) || Double.isInfinite(cost[k])) {
                throw new IllegalArgumentException("triple " + k + ": cost " + cost[k] + " must be finite and not negative");
            }
            start[origin[k] + 1]++;
        }
        for (int i = 0; i < origins; i++) {
            start[i + 1] += start[i];
        }
        int[] next = start.clone();
        int[] sortedDestination = new int[origin.length];
        double[] sortedCost = new double[origin.length];
        for (int k = 0; k < origin.length; k++) {
            int at = next[origin[k]]++;
            sortedDestination[at] = destination[k];
            sortedCost[at] = cost[k];
        }
        int[] seenIn = new int[destinations];
        Arrays.fill(seenIn, -1);
        for (int i = 0; i < origins; i++) {
            for (int k = start[i]; k < start[i + 1]; k++) {
                if (seenIn[sortedDestination[k]] == i) {
                    throw new IllegalArgumentException("pair (" + i + ", " + sortedDestination[k] + ") appears twice");
                }
                seenIn[sortedDestination[k]] = i;
            }
            sortRow(sortedDestination, sortedCost, start[i], start[i + 1]);
        }
        return new SparseCosts(origins, destinations, start, sortedDestination, sortedCost);
    }

    public int origins() {
        return origins;
    }

    public int destinations() {
        return destinations;
    }

    public int pairs() {
        return destination.length;
    }

    public int rowStart(int origin) {
        return rowStart[origin];
    }

    public int rowEnd(int origin) {
        return rowStart[origin + 1];
    }

    public int destination(int k) {
        return destination[k];
    }

    public double cost(int k) {
        return cost[k];
    }

    /** The same costs in rows by destination (destinations become origins). */
    public SparseCosts transpose() {
        int[] start = new int[destinations + 1];
        for (int j : destination) {
            start[j + 1]++;
        }
        for (int j = 0; j < destinations; j++) {
            start[j + 1] += start[j];
        }
        int[] next = start.clone();
        int[] transposedDestination = new int[destination.length];
        double[] transposedCost = new double[destination.length];
        for (int i = 0; i < origins; i++) {
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                int at = next[destination[k]]++;
                transposedDestination[at] = i;
                transposedCost[at] = cost[k];
            }
        }
        for (int j = 0; j < destinations; j++) {
            sortRow(transposedDestination, transposedCost, start[j], start[j + 1]);
        }
        return new SparseCosts(destinations, origins, start, transposedDestination, transposedCost);
    }

    /** Keeps the pairs with cost {@code <= cutoff} (inclusive); rows being sorted, each keeps a prefix. */
    public SparseCosts within(double cutoff) {
        if (Double.isNaN(cutoff)) {
            throw new IllegalArgumentException("cutoff must be a number");
        }
        int[] start = new int[origins + 1];
        for (int i = 0; i < origins; i++) {
            start[i + 1] = start[i] + (endWithin(i, cutoff) - rowStart[i]);
        }
        int[] keptDestination = new int[start[origins]];
        double[] keptCost = new double[start[origins]];
        for (int i = 0; i < origins; i++) {
            int length = start[i + 1] - start[i];
            System.arraycopy(destination, rowStart[i], keptDestination, start[i], length);
            System.arraycopy(cost, rowStart[i], keptCost, start[i], length);
        }
        return new SparseCosts(origins, destinations, start, keptDestination, keptCost);
    }

    /** The end of the origin's entries with cost {@code <= cutoff}. */
    int endWithin(int origin, double cutoff) {
        int low = rowStart[origin];
        int high = rowStart[origin + 1];
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cost[middle] <= cutoff) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** Sorts entries [from, to) by cost, then destination: insertion sort for short rows, quicksort otherwise. */
    static void sortRow(int[] destination, double[] cost, int from, int to) {
        while (to - from > 24) {
            int middle = (from + to) >>> 1;
            double pivotCost = median(cost[from], cost[middle], cost[to - 1]);
            int pivotDestination = pivotCost == cost[from] ? destination[from]
                    : pivotCost == cost[middle] ? destination[middle] : destination[to - 1];
            int low = from;
            int high = to - 1;
            while (low <= high) {
                while (before(cost[low], destination[low], pivotCost, pivotDestination)) {
                    low++;
                }
                while (before(pivotCost, pivotDestination, cost[high], destination[high])) {
                    high--;
                }
                if (low <= high) {
                    swap(destination, cost, low++, high--);
                }
            }
            if (high - from < to - low) {
                sortRow(destination, cost, from, high + 1);
                from = low;
            } else {
                sortRow(destination, cost, low, to);
                to = high + 1;
            }
        }
        insertionSort(destination, cost, from, to);
    }

    /** Sorts entries [from, to) by cost, then destination, in time proportional to the distance from order. */
    static void insertionSort(int[] destination, double[] cost, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            int d = destination[k];
            double c = cost[k];
            int m = k - 1;
            while (m >= from && before(c, d, cost[m], destination[m])) {
                destination[m + 1] = destination[m];
                cost[m + 1] = cost[m];
                m--;
            }
            destination[m + 1] = d;
            cost[m + 1] = c;
        }
    }

    private static boolean before(double costA, int destinationA, double costB, int destinationB) {
        return costA < costB || costA == costB && destinationA < destinationB;
    }

    private static double median(double a, double b, double c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }

    private static void swap(int[] destination, double[] cost, int a, int b) {
        int d = destination[a];
        destination[a] = destination[b];
        destination[b] = d;
        double c = cost[a];
        cost[a] = cost[b];
        cost[b] = c;
    }
}
