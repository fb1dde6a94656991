package org.welfareintelligence.analytics.measure;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The Euclidean travel-cost model in a metric CRS: straight-line metres times a detour factor, optionally
 * turned into minutes at a constant speed. Destinations are bucketed in a uniform grid whose cells are at
 * least the search radius wide, so each origin only looks at the cells its radius touches (never all pairs).
 */
public final class EuclideanCosts {

    /** Beyond this many cells per axis the grid stops shrinking: tiny radii would otherwise waste memory. */
    private static final int MAX_CELLS_PER_AXIS = 2048;

    private final double detourFactor;
    private final double speedKmh;

    /**
     * @param detourFactor ratio of network to straight-line distance, {@code >= 1} in practice (1.0 for none)
     * @param speedKmh     speed of travel; {@code <= 0} for costs in metres, otherwise costs in minutes
     */
    public EuclideanCosts(double detourFactor, double speedKmh) {
        if (!(detourFactor > 0) || Double.isInfinite(detourFactor)) {
            throw new IllegalArgumentException("detour factor must be a positive number, got " + detourFactor);
        }
        if (Double.isNaN(speedKmh) || Double.isInfinite(speedKmh)) {
            throw new IllegalArgumentException("speed must be a number, got " + speedKmh);
        }
        this.detourFactor = detourFactor;
        this.speedKmh = speedKmh;
    }

    public String unit() {
        return speedKmh > 0 ? "min" : "m";
    }

    /** Cost of a straight-line distance in metres. */
    public double cost(double metres) {
        double travelled = metres * detourFactor;
        return speedKmh > 0 ? travelled * 0.06 / speedKmh : travelled;
    }

    /** All pairs with cost {@code <= cutoff} (inclusive, in {@link #unit()}), rows sorted by cost. */
    public SparseCosts between(double[] ox, double[] oy, double[] dx, double[] dy, double cutoff) {
        requireCoordinates("origin", ox, oy);
        requireCoordinates("destination", dx, dy);
        if (!(cutoff >= 0) || Double.isInfinite(cutoff)) {
            throw new IllegalArgumentException("cutoff must be a finite number not below 0, got " + cutoff);
        }
        // Radius in metres with a relative margin; the exact test is on the cost itself.
        double radius = (speedKmh > 0 ? cutoff * speedKmh / 0.06 : cutoff) / detourFactor * (1 + 1e-9) + 1e-9;
        Grid grid = new Grid(dx, dy, radius);
        int[][] rowDestination = new int[ox.length][];
        double[][] rowCost = new double[ox.length][];
        int chunk = 256;
        IntStream.range(0, (ox.length + chunk - 1) / chunk).parallel().forEach(c -> {
            RowBuffer row = new RowBuffer();
            for (int i = c * chunk, end = Math.min(ox.length, i + chunk); i < end; i++) {
                row.clear();
                grid.collect(ox[i], oy[i], radius, this, cutoff, row);
                row.sort(cutoff);
                rowDestination[i] = Arrays.copyOf(row.destination, row.size);
                rowCost[i] = Arrays.copyOf(row.cost, row.size);
            }
        });
        int[] start = new int[ox.length + 1];
        for (int i = 0; i < ox.length; i++) {
            start[i + 1] = start[i] + rowDestination[i].length;
        }
        int[] destination = new int[start[ox.length]];
        double[] cost = new double[start[ox.length]];
        for (int i = 0; i < ox.length; i++) {
            System.arraycopy(rowDestination[i], 0, destination, start[i], rowDestination[i].length);
            System.arraycopy(rowCost[i], 0, cost, start[i], rowCost[i].length);
        }
        return new SparseCosts(ox.length, dx.length, start, destination, cost);
    }

    private static void requireCoordinates(String what, double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException(what + " x and y must have the same length, got " + x.length + " and " + y.length);
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                throw new IllegalArgumentException(what + " " + i + " has no finite coordinates (" + x[i] + ", " + y[i] + ")");
            }
        }
    }

    /**
     * The pairs of one origin, sorted by a counting sort on cost buckets (costs lie in [0, cutoff] and spread
     * fairly evenly, so buckets hold one or two pairs) followed by an insertion pass that settles ties exactly.
     */
    private static final class RowBuffer {
        private int[] found = new int[256];
        private double[] foundCost = new double[256];
        private int[] bucketStart = new int[257];
        int[] destination = new int[256];
        double[] cost = new double[256];
        int size;

        void clear() {
            size = 0;
        }

        void add(int j, double c) {
            if (size == found.length) {
                found = Arrays.copyOf(found, size * 2);
                foundCost = Arrays.copyOf(foundCost, size * 2);
                destination = new int[size * 2];
                cost = new double[size * 2];
            }
            found[size] = j;
            foundCost[size++] = c;
        }

        void sort(double cutoff) {
            int buckets = Math.max(1, size);
            if (bucketStart.length < buckets + 1) {
                bucketStart = new int[buckets + 1];
            }
            Arrays.fill(bucketStart, 0, buckets + 1, 0);
            double scale = cutoff > 0 ? (buckets - 1) / cutoff : 0;
            for (int k = 0; k < size; k++) {
                bucketStart[(int) (foundCost[k] * scale) + 1]++;
            }
            for (int b = 0; b < buckets; b++) {
                bucketStart[b + 1] += bucketStart[b];
            }
            for (int k = 0; k < size; k++) {
                int at = bucketStart[(int) (foundCost[k] * scale)]++;
                destination[at] = found[k];
                cost[at] = foundCost[k];
            }
            SparseCosts.insertionSort(destination, cost, 0, size);
        }
    }

    /** Destinations bucketed by cell (counting sort), each cell's points in ascending id. */
    private static final class Grid {
        private final double[] x;
        private final double[] y;
        private final double minX;
        private final double minY;
        private final double cell;
        private final int columns;
        private final int rows;
        private final int[] cellStart;
        private final int[] points;

        Grid(double[] x, double[] y, double radius) {
            this.x = x;
            this.y = y;
            double lowX = Double.POSITIVE_INFINITY;
            double lowY = Double.POSITIVE_INFINITY;
            double highX = Double.NEGATIVE_INFINITY;
            double highY = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < x.length; j++) {
                lowX = Math.min(lowX, x[j]);
                lowY = Math.min(lowY, y[j]);
                highX = Math.max(highX, x[j]);
                highY = Math.max(highY, y[j]);
            }
            if (x.length == 0) {
                lowX = lowY = highX = highY = 0;
            }
            double extent = Math.max(highX - lowX, highY - lowY);
            this.minX = lowX;
            this.minY = lowY;
            this.cell = Math.max(Math.max(radius, extent / MAX_CELLS_PER_AXIS), 1e-9);
            this.columns = (int) Math.min(MAX_CELLS_PER_AXIS, Math.floor((highX - lowX) / cell) + 1);
            this.rows = (int) Math.min(MAX_CELLS_PER_AXIS, Math.floor((highY - lowY) / cell) + 1);
            this.cellStart = new int[columns * rows + 1];
            int[] cellOf = new int[x.length];
            for (int j = 0; j < x.length; j++) {
                cellOf[j] = row(y[j]) * columns + column(x[j]);
                cellStart[cellOf[j] + 1]++;
            }
            for (int c = 0; c < columns * rows; c++) {
                cellStart[c + 1] += cellStart[c];
            }
            int[] next = cellStart.clone();
            this.points = new int[x.length];
            for (int j = 0; j < x.length; j++) {
                points[next[cellOf[j]]++] = j;
            }
        }

        private int column(double px) {
            return (int) Math.max(0, Math.min(columns - 1, Math.floor((px - minX) / cell)));
        }

        private int row(double py) {
            return (int) Math.max(0, Math.min(rows - 1, Math.floor((py - minY) / cell)));
        }

        void collect(double px, double py, double radius, EuclideanCosts model, double cutoff, RowBuffer pairs) {
            int firstColumn = column(px - radius);
            int lastColumn = column(px + radius);
            int lastRow = row(py + radius);
            double radiusSquared = radius * radius;
            for (int cellRow = row(py - radius); cellRow <= lastRow; cellRow++) {
                for (int cellColumn = firstColumn; cellColumn <= lastColumn; cellColumn++) {
                    int cellIndex = cellRow * columns + cellColumn;
                    for (int k = cellStart[cellIndex]; k < cellStart[cellIndex + 1]; k++) {
                        int j = points[k];
                        double ex = x[j] - px;
                        double ey = y[j] - py;
                        double squared = ex * ex + ey * ey;
                        if (squared <= radiusSquared) {
                            double cost = model.cost(Math.sqrt(squared));
                            if (cost <= cutoff) {
                                pairs.add(j, cost);
                            }
                        }
                    }
                }
            }
        }
    }
}
