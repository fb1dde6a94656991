package org.welfareintelligence.analytics.catchment;

import org.springframework.stereotype.Service;
import org.welfareintelligence.analytics.cost.TravelCostModel;
import org.welfareintelligence.analytics.cost.TravelCosts;
import org.welfareintelligence.analytics.inputs.StudyInputs;
import org.welfareintelligence.analytics.inputs.StudySections;
import org.welfareintelligence.analytics.inputs.StudySupply;
import org.welfareintelligence.analytics.measure.Catchments;
import org.welfareintelligence.analytics.measure.Overlaps;
import org.welfareintelligence.analytics.measure.SparseCosts;

/** Catchments of a service type's centres for a target, and their overlaps in residents. */
@Service
public class CatchmentService {

    private final StudyInputs inputs;
    private final TravelCosts costs;

    CatchmentService(StudyInputs inputs, TravelCosts costs) {
        this.inputs = inputs;
        this.costs = costs;
    }

    /** {@code bands}: increasing upper bounds such as "500,1000"; the cutoff closes the last band. */
    public CatchmentAnalysis analyse(String target, String serviceType, String period, double cutoff, String bands,
                                     String costModel) {
        if (!(cutoff > 0) || Double.isInfinite(cutoff)) {
            throw new IllegalArgumentException("cutoff must be a positive number, got " + cutoff);
        }
        double[] bounds = bandBounds(bands, cutoff);
        StudySupply supply = inputs.supply(serviceType);
        StudySections sections = inputs.sections();
        double[] demand = inputs.demand(sections, target, period);
        TravelCostModel model = costs.model(costModel);
        SparseCosts toCentres = model.sectionsToFacilities(sections, supply, cutoff);
        Catchments catchments = Catchments.allocate(toCentres, demand, supply.capacity(), bounds);
        Overlaps overlaps = Overlaps.of(toCentres, sections.population(), cutoff);
        return new CatchmentAnalysis(sections, supply, demand, model.unit(), cutoff, bounds, catchments, overlaps);
    }

    private static double[] bandBounds(String bands, double cutoff) {
        if (bands == null || bands.isBlank()) {
            return new double[] {cutoff / 2, cutoff};
        }
        String[] parts = bands.split(",");
        double[] bounds = new double[parts.length + 1];
        for (int k = 0; k < parts.length; k++) {
            try {
                bounds[k] = Double.parseDouble(parts[k].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bands: '" + parts[k].trim() + "' is not a number");
            }
            if (bounds[k] <= 0 || bounds[k] >= cutoff || (k > 0 && bounds[k] <= bounds[k - 1])) {
                throw new IllegalArgumentException("bands must be increasing positive bounds below the cutoff " + cutoff);
            }
        }
        bounds[parts.length] = cutoff;
        return bounds;
    }
}
