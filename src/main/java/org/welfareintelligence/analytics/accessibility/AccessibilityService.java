package org.welfareintelligence.analytics.accessibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.welfareintelligence.analytics.cost.TravelCostModel;
import org.welfareintelligence.analytics.cost.TravelCosts;
import org.welfareintelligence.analytics.inputs.Level;
import org.welfareintelligence.analytics.inputs.StudyInputs;
import org.welfareintelligence.analytics.inputs.StudySections;
import org.welfareintelligence.analytics.inputs.StudySupply;
import org.welfareintelligence.analytics.measure.SparseCosts;
import org.welfareintelligence.privacy.AnswerCache;
import org.welfareintelligence.privacy.Count;
import org.welfareintelligence.privacy.DisclosureControl;

/** Accessibility of a target's sections in a period to a service type's facilities in force on a date. */
@Service
public class AccessibilityService {

    /** One section's accessibility; value null = no facility within reach (or withheld by disclosure control). */
    public record SectionAccess(String code, String neighbourhood, Count demand, Double value) {
    }

    /** What the accessibility endpoint answers: every section's value, as the reader may see it. */
    public record AccessibilityLayer(String target, String serviceType, String period, LocalDate supplyOn,
                                     String method, String unit, String costSource, double cutoff, int facilities, int sectionsWithValue, int sectionsWithoutValue,
                                     List<SectionAccess> sections) {
    }

    private final StudyInputs inputs;
    private final TravelCosts costs;
    private final DisclosureControl disclosure;

    AccessibilityService(StudyInputs inputs, TravelCosts costs, DisclosureControl disclosure) {
        this.inputs = inputs;
        this.costs = costs;
        this.disclosure = disclosure;
    }

    /** The accessibility of every section as the current reader may see it. */
    @Cacheable(cacheNames = AnswerCache.ANALYSES, keyGenerator = AnswerCache.KEYS)
    public AccessibilityLayer layer(AccessibilityRequest request) {
        AccessibilityResult result = compute(request);
        boolean cost = request.parameters().method().isCost();
        List<SectionAccess> sections = new ArrayList<>(result.sections().size());
        int withValue = 0;
        for (int i = 0; i < result.sections().size(); i++) {
            double value = result.value()[i];
            withValue += Double.isNaN(value) ? 0 : 1;
            Count demand = disclosure.count(result.demand()[i]);
            Double shown = Double.isNaN(value) ? null : cost ? value : disclosure.rate(value, demand);
            sections.add(new SectionAccess(result.sections().code()[i],
                    result.sections().unit(Level.NEIGHBOURHOOD, i), demand, shown));
        }
        return new AccessibilityLayer(request.target(), request.serviceType(),
                inputs.period(inputs.targetId(request.target()), request.time()), request.time().supplyOn(),
                request.parameters().method().code(),
                result.unit(), result.costSource(), request.parameters().cutoff(), result.supply().size(), withValue,
                sections.size() - withValue, sections);
    }

    @Cacheable(cacheNames = AnswerCache.ANALYSES, keyGenerator = AnswerCache.KEYS)
    public AccessibilityResult compute(AccessibilityRequest request) {
        StudySupply supply = inputs.supply(request.serviceType(), request.time());
        StudySections sections = inputs.sections();
        double[] demand = inputs.demand(sections, request.target(), request.time());
        TravelCostModel model = costs.model(request.costModel());
        DecayParameters parameters = request.parameters();
        SparseCosts toFacilities = model.sectionsToFacilities(sections, supply, parameters.cutoff());
        SparseCosts toSections = parameters.method() == AccessibilityMethod.RATIO
                ? model.sectionsToSections(sections, parameters.cutoff()) : null;
        double[] value = AccessibilityCalculator.compute(parameters, toFacilities, toSections, demand, supply.capacity());
        return new AccessibilityResult(request, sections, supply, demand, value, model.unit(), model.source());
    }
}
