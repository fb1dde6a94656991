package org.welfareintelligence.analytics.cost;

import org.welfareintelligence.analytics.inputs.StudySections;
import org.welfareintelligence.analytics.inputs.StudySupply;
import org.welfareintelligence.analytics.measure.SparseCosts;

/** How costly it is to get from a section to a facility or to another section; sparse within a cutoff. */
public interface TravelCostModel {

    /** "m" (metres) or "min" (minutes): the unit of every cost and cutoff of this model. */
    String unit();

    /**
     * Where the costs come from, for readers of results: {@code straight-line} (× detour factor), {@code imported}
     * (an uploaded table) or {@code streets} (travel along the street network, computed by the network module).
     */
    String source();

    SparseCosts sectionsToFacilities(StudySections sections, StudySupply supply, double cutoff);

    SparseCosts sectionsToSections(StudySections sections, double cutoff);
}
