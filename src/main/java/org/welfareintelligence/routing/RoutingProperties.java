package org.welfareintelligence.routing;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the routing jobs and the skills visits may ask for (a closed list, so that a misspelt skill is
 * refused instead of leaving a visit unplanned).
 *
 * @param concurrentJobs   days solved at the same time on one node; 0 for a node that only accepts and shows them
 * @param queuedJobs       days that may wait (all nodes together); beyond that a submission is refused with 503
 * @param maxVisits        largest number of visits in one day
 * @param maxOperators     largest number of operators in one day
 * @param resultTtl        how long a finished job and its plan are kept in the job table
 * @param maxTimeLimit     largest search time a request may ask for
 * @param maxKmFromCentre  a place farther than this from the city's centre is refused as a likely typo
 * @param skills           the skills visits need and operators have
 */
@ConfigurationProperties("wi.routing")
public record RoutingProperties(
        @DefaultValue("1") int concurrentJobs,
        @DefaultValue("4") int queuedJobs,
        @DefaultValue("500") int maxVisits,
        @DefaultValue("50") int maxOperators,
        @DefaultValue("2h") Duration resultTtl,
        @DefaultValue("60s") Duration maxTimeLimit,
        @DefaultValue("60") double maxKmFromCentre,
        @DefaultValue({"nursing", "personal-care", "physiotherapy", "social-work", "meal-delivery", "companionship"})
        List<String> skills) {
}
