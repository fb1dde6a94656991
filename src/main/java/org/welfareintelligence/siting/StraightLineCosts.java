package org.welfareintelligence.siting;

import org.welfareintelligence.optimisation.EuclideanCostMatrix;

/**
 * Travel in metres estimated from straight-line distance in the metric CRS times a detour factor. Computed on
 * the fly; radius queries use the straight-line grid index.
 */
final class StraightLineCosts implements AccessCosts {

    private final EuclideanCostMatrix straight;
    private final double detourFactor;
    private final double cutoff;

    StraightLineCosts(SitingInstance instance, double detourFactor, double cutoff) {
        SitingInstance.Places points = instance.points();
        SitingInstance.Places sites = instance.sites();
        this.straight = new EuclideanCostMatrix(points.x(), points.y(), sites.x(), sites.y());
        this.detourFactor = detourFactor;
        this.cutoff = cutoff;
    }

    @Override
    public double distance(int point, int site) {
        return detourFactor * straight.cost(point, site);
    }

    @Override
    public double cutoff() {
        return cutoff;
    }

    @Override
    public String unit() {
        return "m";
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
