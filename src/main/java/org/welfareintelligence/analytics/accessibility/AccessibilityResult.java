package org.welfareintelligence.analytics.accessibility;

import org.welfareintelligence.analytics.inputs.StudySections;
import org.welfareintelligence.analytics.inputs.StudySupply;

/**
 * Accessibility of every study section (NaN = no facility within reach) with the inputs it came from,
 * so that gaps, equity and comparisons build on the very same figures; {@code costSource} says where the travel
 * costs came from ({@code TravelCostModel.source()}).
 */
public record AccessibilityResult(AccessibilityRequest request, StudySections sections, StudySupply supply,
                                  double[] demand, double[] value, String unit, String costSource) {

    /** Places attributable to each section: accessibility × demand (the 2SFCA shares out every place). */
    public double[] attributedPlaces() {
        double[] places = new double[value.length];
        for (int i = 0; i < value.length; i++) {
            places[i] = Double.isNaN(value[i]) ? 0 : value[i] * demand[i];
        }
        return places;
    }
}
