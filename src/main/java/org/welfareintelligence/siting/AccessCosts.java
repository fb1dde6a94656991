package org.welfareintelligence.siting;

/**
 * Travel between demand points and sites, estimated from straight-line distance in the metric CRS times a
 * detour factor. The cost a solver minimises is that distance capped at the cutoff: beyond it a person
 * counts as unserved, whatever the exact distance.
 */
final class AccessCosts {

    private final SitingInstance.Places points;
    private final SitingInstance.Places sites;
    private final double detourFactor;
    private final double cutoff;

    AccessCosts(SitingInstance instance, double detourFactor, double cutoff) {
        this.points = instance.points();
        this.sites = instance.sites();
        this.detourFactor = detourFactor;
        this.cutoff = cutoff;
    }

    /** Estimated travel distance in metres. */
    double distance(int point, int site) {
        double dx = points.x()[point] - sites.x()[site];
        double dy = points.y()[point] - sites.y()[site];
        return detourFactor * Math.sqrt(dx * dx + dy * dy);
    }

    /** The solver's cost: the distance, capped at the cutoff. */
    double cost(int point, int site) {
        return Math.min(distance(point, site), cutoff);
    }

    double cutoff() {
        return cutoff;
    }

    /** Every cost, row by row ({@code matrix[i * m + j]}), as the dense solvers take it. */
    double[] denseMatrix() {
        int n = points.size();
        int m = sites.size();
        double[] matrix = new double[n * m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                matrix[i * m + j] = cost(i, j);
            }
        }
        return matrix;
    }
}
