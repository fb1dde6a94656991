package org.welfareintelligence.scenario;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A scenario as the API receives it and as it is stored: every field optional here, checked and given its
 * default once by {@link ScenarioDefinition#parse}. Changes are tagged by {@code kind}: {@code open} (a
 * {@code point} [lon, lat] or a {@code section}, {@code places}, optional {@code staff}, {@code year},
 * {@code rampUpMonths}), {@code close} (a {@code facility} in a {@code year}), {@code resize} (a
 * {@code facility}'s service by ± {@code places} in a {@code year}) and {@code demand} (a {@code target} in an
 * area, {@code areaLevel} + {@code areaCode} or the whole city, by {@code percent} from a {@code year} or
 * projected by {@code method}) and {@code mix} (places moved between service types at a {@code facility}:
 * {@code places} {SERVICE_TYPE_CODE: ±n}); each may carry a {@code cost}.
 */
record ScenarioRequest(String name, Integer baseYear, Integer horizon, String serviceType, List<String> targets,
                       Boolean baseline, Sharing sharedWith, Assumptions assumptions, List<Change> changes) {

    /** Roles and organisation ids that may read the scenario besides its owner. */
    record Sharing(List<String> roles, List<Long> organisations) {
    }

    /** Catchment cutoff in the travel cost unit, places per 1,000 people the norm asks for, share taking up. */
    record Assumptions(Double cutoff, Double normPer1000, Double takeUp) {
    }

    /** {@code places}: a number, or for a {@code mix} the change of places per service type code. */
    record Change(String kind, String name, List<Double> point, String section, String facility, JsonNode places,
                  Double staff, Integer year, Integer rampUpMonths, Double cost, String target, String areaLevel,
                  String areaCode, Double percent, String method) {
    }
}
