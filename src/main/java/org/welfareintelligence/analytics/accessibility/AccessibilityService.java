package org.welfareintelligence.analytics.accessibility;

import org.springframework.stereotype.Service;
import org.welfareintelligence.analytics.cost.TravelCostModel;
import org.welfareintelligence.analytics.cost.TravelCosts;
import org.welfareintelligence.analytics.inputs.StudyInputs;
import org.welfareintelligence.analytics.inputs.StudySections;
import org.welfareintelligence.analytics.inputs.StudySupply;
import org.welfareintelligence.analytics.measure.SparseCosts;

/** Accessibility of a target's sections to a service type's open facilities. */
@Service
public class AccessibilityService {

    private final StudyInputs inputs;
    private final TravelCosts costs;

    AccessibilityService(StudyInputs inputs, TravelCosts costs) {
        this.inputs = inputs;
        this.costs = costs;
    }

    public AccessibilityResult compute(AccessibilityRequest request) {
        StudySupply supply = inputs.supply(request.serviceType());
        StudySections sections = inputs.sections();
        double[] demand = inputs.demand(sections, request.target(), request.period());
        TravelCostModel model = costs.model(request.costModel());
        DecayParameters parameters = request.parameters();
        SparseCosts toFacilities = model.sectionsToFacilities(sections, supply, parameters.cutoff());
        SparseCosts toSections = parameters.method() == AccessibilityMethod.RATIO
                ? model.sectionsToSections(sections, parameters.cutoff()) : null;
        double[] value = AccessibilityCalculator.compute(parameters, toFacilities, toSections, demand, supply.capacity());
        return new AccessibilityResult(request, sections, supply, demand, value, model.unit());
    }
}
