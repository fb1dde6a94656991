package org.welfareintelligence.siting;

import org.welfareintelligence.optimisation.SparseCostMatrix;

/**
 * Travel from the imported origin–destination table (minutes or metres): the pairs it lists within the
 * cutoff; a pair it does not list is not reachable and costs the cutoff, in reports as in the solvers.
 */
final class ImportedCosts implements AccessCosts {

    private final SparseCostMatrix costs;
    private final String unit;

    ImportedCosts(SparseCostMatrix costs, String unit) {
        this.costs = costs;
        this.unit = unit;
    }

    int listedPairs() {
        return costs.listedPairs();
    }

    @Override
    public double distance(int point, int site) {
        return costs.cost(point, site);
    }

    @Override
    public double cutoff() {
        return costs.unlisted();
    }

    @Override
    public String unit() {
        return unit;
    }

    @Override
    public int demands() {
        return costs.demands();
    }

    @Override
    public int sites() {
        return costs.sites();
    }

    @Override
    public double cost(int point, int site) {
        return costs.cost(point, site);
    }

    @Override
    public void sitesWithin(int point, double radius, Visitor visitor) {
        costs.sitesWithin(point, radius, visitor);
    }

    @Override
    public void demandsWithin(int site, double radius, Visitor visitor) {
        costs.demandsWithin(site, radius, visitor);
    }
}
