package org.welfareintelligence.analytics.measure;

/** Euclidean travel costs in a metric CRS, found through a uniform grid (never all pairs). */
public final class EuclideanCosts {

    public EuclideanCosts(double detourFactor, double speedKmh) {
        throw new UnsupportedOperationException();
    }

    public SparseCosts between(double[] ox, double[] oy, double[] dx, double[] dy, double cutoff) {
        throw new UnsupportedOperationException();
    }

    public String unit() { throw new UnsupportedOperationException(); }
}
