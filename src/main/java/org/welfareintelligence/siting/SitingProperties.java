package org.welfareintelligence.siting;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the location-planning jobs.
 *
 * @param concurrentJobs  jobs solved at the same time on one node (each holds a dense cost matrix in memory); 0
 *                       for a node that only accepts and shows them
 * @param queuedJobs      jobs that may wait for a free slot (all nodes together); beyond that a submission is refused with 503
 * @param maxCandidates   largest number of candidate sites (existing ones included) a problem may have
 * @param resultTtl       how long a finished job and its result are kept in the job table
 * @param timeLimit       default solver time limit when the request does not give one
 * @param maxTimeLimit    largest time limit a request may ask for
 * @param targetGap       solvers stop once their proven gap is at most this (0.01 = 1 %)
 */
@ConfigurationProperties("wi.siting")
public record SitingProperties(
        @DefaultValue("2") int concurrentJobs,
        @DefaultValue("4") int queuedJobs,
        @DefaultValue("7000") int maxCandidates,
        @DefaultValue("2h") Duration resultTtl,
        @DefaultValue("5s") Duration timeLimit,
        @DefaultValue("60s") Duration maxTimeLimit,
        @DefaultValue("0.01") double targetGap) {
}
