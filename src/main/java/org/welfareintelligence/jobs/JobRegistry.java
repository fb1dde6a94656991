package org.welfareintelligence.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.Authentication;
import org.welfareintelligence.web.NotFoundException;

/**
 * The jobs of one kind kept in memory until their time to live after finishing has passed. A job is visible
 * only to the user who submitted it and to administrators; to anyone else it does not exist.
 *
 * @param <J> the kind of job
 */
public final class JobRegistry<J extends Job<?>> {

    private final Map<String, J> jobs = new ConcurrentHashMap<>();
    private final Duration timeToLive;
    private final String kind;

    /** @param kind how a 404 names the job ("optimisation job") */
    public JobRegistry(Duration timeToLive, String kind) {
        this.timeToLive = timeToLive;
        this.kind = kind;
    }

    public void add(J job) {
        purgeExpired();
        jobs.put(job.id, job);
    }

    public void remove(J job) {
        jobs.remove(job.id);
    }

    /** The job if the user may see it; otherwise 404, so that other users' job ids reveal nothing. */
    public J find(String id, Authentication user) {
        purgeExpired();
        J job = jobs.get(id);
        boolean admin = user.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
        if (job == null || !(job.owner.equals(user.getName()) || admin)) {
            throw new NotFoundException("no " + kind + " " + id);
        }
        return job;
    }

    private void purgeExpired() {
        Instant oldest = Instant.now().minus(timeToLive);
        jobs.values().removeIf(job -> job.finishedAt() != null && job.finishedAt().isBefore(oldest));
    }
}
