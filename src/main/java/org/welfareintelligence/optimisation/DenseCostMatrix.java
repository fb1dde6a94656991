package org.welfareintelligence.optimisation;

/** A fully stored cost matrix, flattened row by row: {@code cost[demand * sites + site]}. */
public final class DenseCostMatrix implements CostMatrix {

    private final int demands;
    private final int sites;
    private final double[] cost;

    public DenseCostMatrix(int demands, int sites, double[] cost) {
        if (demands < 1 || sites < 1) {
            throw new IllegalArgumentException("a cost matrix needs at least one demand point and one site, got "
                    + demands + " x " + sites);
        }
        if (cost == null || (long) demands * sites != cost.length) {
            throw new IllegalArgumentException("cost matrix must have n*m = " + demands + "*" + sites + " = "
                    + ((long) demands * sites) + " entries, got " + (cost == null ? "null" : cost.length));
        }
        for (int k = 0; k < cost.length; k++) {
            if (!(cost[k] >= 0) || Double.isInfinite(cost[k])) {
                throw new IllegalArgumentException("cost from demand point " + (k / sites) + " to site "
                        + (k % sites) + " must be finite and non-negative, got " + cost[k]);
            }
        }
        this.demands = demands;
        this.sites = sites;
        this.cost = cost.clone();
    }

    /** Euclidean distances between two point sets given as x, y arrays, stored densely (small inputs only). */
    public static DenseCostMatrix euclidean(double[] demandX, double[] demandY, double[] siteX, double[] siteY) {
        EuclideanCostMatrix lazy = new EuclideanCostMatrix(demandX, demandY, siteX, siteY);
        double[] cost = new double[lazy.demands() * lazy.sites()];
        for (int i = 0; i < lazy.demands(); i++) {
            for (int j = 0; j < lazy.sites(); j++) {
                cost[i * lazy.sites() + j] = lazy.cost(i, j);
            }
        }
        return new DenseCostMatrix(lazy.demands(), lazy.sites(), cost);
    }

    /** True when every cost is a whole number (then so is every weighted sum with whole weights). */
    public boolean wholeNumbers() {
        for (double c : cost) {
            if (c != Math.rint(c)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int demands() {
        return demands;
    }

    @Override
    public int sites() {
        return sites;
    }

    @Override
    public double cost(int demand, int site) {
        return cost[demand * sites + site];
    }
}
