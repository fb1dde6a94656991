package org.welfareintelligence.optimisation;

/**
 * Uniform grid over a point set for radius queries: points are bucketed by cell (compressed, one
 * array of point indices ordered by cell), about two points per cell.
 */
final class PointGrid {

    private final double[] x;
    private final double[] y;
    private final double minX;
    private final double minY;
    private final double cellSize;
    private final int columns;
    private final int rows;
    private final int[] cellStart;
    private final int[] pointsByCell;

    PointGrid(double[] x, double[] y) {
        this.x = x;
        this.y = y;
        int n = x.length;
        double loX = Double.POSITIVE_INFINITY;
        double loY = Double.POSITIVE_INFINITY;
        double hiX = Double.NEGATIVE_INFINITY;
        double hiY = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < n; k++) {
            loX = Math.min(loX, x[k]);
            hiX = Math.max(hiX, x[k]);
            loY = Math.min(loY, y[k]);
            hiY = Math.max(hiY, y[k]);
        }
        double width = Math.max(hiX - loX, 1e-9);
        double height = Math.max(hiY - loY, 1e-9);
        double size = Math.sqrt(width * height * 2.0 / n);
        if (!(size > 0)) {
            size = Math.max(width, height);
        }
        this.minX = loX;
        this.minY = loY;
        this.cellSize = size;
        this.columns = (int) Math.min(1 << 14, Math.floor(width / size) + 1);
        this.rows = (int) Math.min(1 << 14, Math.floor(height / size) + 1);
        int cells = columns * rows;
        cellStart = new int[cells + 1];
        int[] cellOf = new int[n];
        for (int k = 0; k < n; k++) {
            cellOf[k] = cell(column(x[k]), row(y[k]));
            cellStart[cellOf[k] + 1]++;
        }
        for (int c = 0; c < cells; c++) {
            cellStart[c + 1] += cellStart[c];
        }
        int[] fill = cellStart.clone();
        pointsByCell = new int[n];
        for (int k = 0; k < n; k++) {
            pointsByCell[fill[cellOf[k]]++] = k;
        }
    }

    /** Calls {@code visitor} with every point within Euclidean distance {@code radius} of (px, py). */
    void within(double px, double py, double radius, CostMatrix.Visitor visitor) {
        if (radius < 0) {
            return;
        }
        int c0 = column(px - radius);
        int c1 = column(px + radius);
        int r0 = row(py - radius);
        int r1 = row(py + radius);
        double r2 = radius * radius;
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                int cell = cell(c, r);
                for (int k = cellStart[cell]; k < cellStart[cell + 1]; k++) {
                    int point = pointsByCell[k];
                    double dx = x[point] - px;
                    double dy = y[point] - py;
                    double d2 = dx * dx + dy * dy;
                    if (d2 <= r2) {
                        visitor.visit(point, Math.sqrt(d2));
                    }
                }
            }
        }
    }

    private int column(double px) {
        return (int) Math.max(0, Math.min(columns - 1, Math.floor((px - minX) / cellSize)));
    }

    private int row(double py) {
        return (int) Math.max(0, Math.min(rows - 1, Math.floor((py - minY) / cellSize)));
    }

    private int cell(int column, int row) {
        return row * columns + column;
    }
}
