package org.welfareintelligence.siting;

import org.welfareintelligence.optimisation.CostMatrix;
import org.welfareintelligence.optimisation.EuclideanCostMatrix;

/**
 * Travel between demand points and sites, estimated from straight-line distance in the metric CRS times a
 * detour factor, as the solvers see it: capped at the cutoff, beyond which a person counts as unserved
 * whatever the exact distance. Computed on the fly; radius queries use the straight-line grid index.
 */
final class AccessCosts implements CostMatrix {

    private final EuclideanCostMatrix straight;
    private final double detourFactor;
    private final double cutoff;

    AccessCosts(SitingInstance instance, double detourFactor, double cutoff) {
        SitingInstance.Places points = instance.points();
        SitingInstance.Places sites = instance.sites();
        this.straight = new EuclideanCostMatrix(points.x(), points.y(), sites.x(), sites.y());
        this.detourFactor = detourFactor;
        this.cutoff = cutoff;
    }

    /** Estimated travel distance in metres, not capped. */
    double distance(int point, int site) {
        return detourFactor * straight.cost(point, site);
    }

    double cutoff() {
        return cutoff;
    }

    @Override
    public int demands() {
        return straight.demands();
    }

    @Override
    public int sites() {
        return straight.sites();
    }

    @Override
    public double cost(int point, int site) {
        return Math.min(distance(point, site), cutoff);
    }

    @Override
    public void sitesWithin(int demand, double radius, Visitor visitor) {
        straight.sitesWithin(demand, radius / detourFactor, (site, c) -> visitor.visit(site, Math.min(detourFactor * c, cutoff)));
    }

    @Override
    public void demandsWithin(int site, double radius, Visitor visitor) {
        straight.demandsWithin(site, radius / detourFactor, (point, c) -> visitor.visit(point, Math.min(detourFactor * c, cutoff)));
    }
}
