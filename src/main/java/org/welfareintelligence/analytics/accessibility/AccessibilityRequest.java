package org.welfareintelligence.analytics.accessibility;

import org.welfareintelligence.analytics.inputs.StudyTime;

/** What to measure: the target's access to a service type, with the method's parameters and cost model. */
public record AccessibilityRequest(String target, String serviceType, StudyTime time, DecayParameters parameters,
                                   String costModel) {

    /** A request from query parameters as the endpoints take them; the default cutoff fills a missing one. */
    public static AccessibilityRequest of(String target, String serviceType, StudyTime time, String method,
                                          Double cutoff, String steps, Double bandwidth, Integer n, String costModel,
                                          double defaultCutoff) {
        DecayParameters parameters = DecayParameters.of(AccessibilityMethod.parse(method),
                cutoff == null ? defaultCutoff : cutoff, steps, bandwidth, n == null ? 1 : n);
        return new AccessibilityRequest(target, serviceType, time, parameters, costModel);
    }
}
