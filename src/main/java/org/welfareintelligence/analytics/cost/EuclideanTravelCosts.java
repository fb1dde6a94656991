package org.welfareintelligence.analytics.cost;

import org.welfareintelligence.analytics.inputs.StudySections;
import org.welfareintelligence.analytics.inputs.StudySupply;
import org.welfareintelligence.analytics.measure.EuclideanCosts;
import org.welfareintelligence.analytics.measure.SparseCosts;

/** Straight-line costs between positions projected to the city's metric CRS by PostGIS, times a detour factor. */
final class EuclideanTravelCosts implements TravelCostModel {

    private final EuclideanCosts costs;

    EuclideanTravelCosts(double detourFactor, double speedKmh) {
        this.costs = new EuclideanCosts(detourFactor, speedKmh);
    }

    @Override
    public String unit() {
        return costs.unit();
    }

    @Override
    public String source() {
        return "straight-line";
    }

    @Override
    public SparseCosts sectionsToFacilities(StudySections sections, StudySupply supply, double cutoff) {
        return costs.between(sections.x(), sections.y(), supply.x(), supply.y(), cutoff);
    }

    @Override
    public SparseCosts sectionsToSections(StudySections sections, double cutoff) {
        return costs.between(sections.x(), sections.y(), sections.x(), sections.y(), cutoff);
    }
}
