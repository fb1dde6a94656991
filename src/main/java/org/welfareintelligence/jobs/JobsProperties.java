package org.welfareintelligence.jobs;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the nodes share the job queue.
 *
 * @param poll        how often a node with a free solver looks for queued jobs (at once, too, after a submission
 *                    it accepted), returns expired leases to the queue and forgets jobs past their time to live
 * @param heartbeat   how often a node writes the progress of the jobs it works and renews their leases; also how
 *                    often server-sent events read a followed job's row
 * @param lease       how long a job stays claimed without a renewal: when its node stops, another node takes it
 *                    up this long after the last renewal
 * @param maxAttempts how many times a job is started before a node stopping under it fails it
 */
@ConfigurationProperties("wi.jobs")
public record JobsProperties(
        @DefaultValue("500ms") Duration poll,
        @DefaultValue("500ms") Duration heartbeat,
        @DefaultValue("15s") Duration lease,
        @DefaultValue("2") int maxAttempts) {
}
