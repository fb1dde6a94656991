package org.welfareintelligence.optimisation;

/**
 * Straight-line distances between demand points and sites in a projected (metric) coordinate system,
 * computed when asked: memory is O(n + m), not O(n × m). Radius queries use grid indexes, built on
 * first use, so covering models and bounds only touch pairs within the radius.
 */
public final class EuclideanCostMatrix implements CostMatrix {

    private final double[] demandX;
    private final double[] demandY;
    private final double[] siteX;
    private final double[] siteY;
    // built on first use; two threads may both build one, which is harmless (same content)
    private volatile PointGrid siteGrid;
    private volatile PointGrid demandGrid;

    public EuclideanCostMatrix(double[] demandX, double[] demandY, double[] siteX, double[] siteY) {
        checkPoints("demand", demandX, demandY);
        checkPoints("site", siteX, siteY);
        this.demandX = demandX.clone();
        this.demandY = demandY.clone();
        this.siteX = siteX.clone();
        this.siteY = siteY.clone();
    }

    @Override
    public int demands() {
        return demandX.length;
    }

    @Override
    public int sites() {
        return siteX.length;
    }

    @Override
    public double cost(int demand, int site) {
        double dx = demandX[demand] - siteX[site];
        double dy = demandY[demand] - siteY[site];
        return Math.sqrt(dx * dx + dy * dy);
    }

    @Override
    public void sitesWithin(int demand, double radius, Visitor visitor) {
        if (siteGrid == null) {
            siteGrid = new PointGrid(siteX, siteY);
        }
        siteGrid.within(demandX[demand], demandY[demand], radius, visitor);
    }

    @Override
    public void demandsWithin(int site, double radius, Visitor visitor) {
        if (demandGrid == null) {
            demandGrid = new PointGrid(demandX, demandY);
        }
        demandGrid.within(siteX[site], siteY[site], radius, visitor);
    }

    private static void checkPoints(String role, double[] x, double[] y) {
        if (x == null || y == null || x.length != y.length || x.length == 0) {
            throw new IllegalArgumentException(role + " coordinates must be two arrays of the same, non-zero length");
        }
        for (int k = 0; k < x.length; k++) {
            if (!Double.isFinite(x[k]) || !Double.isFinite(y[k])) {
                throw new IllegalArgumentException(role + " point " + k + " has a non-finite coordinate");
            }
        }
    }
}
