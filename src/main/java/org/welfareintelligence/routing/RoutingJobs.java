package org.welfareintelligence.routing;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.welfareintelligence.jobs.JobPool;
import org.welfareintelligence.jobs.JobRegistry;
import org.welfareintelligence.routing.core.RoutingPlan;
import org.welfareintelligence.routing.core.RoutingSolver;

/**
 * Solves routing days on a bounded pool and keeps them in memory for their time to live. The search runs for
 * its whole time limit, so progress is the share of that time gone by.
 */
@Service
class RoutingJobs implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RoutingJobs.class);

    private final RoutingDays days;
    private final RoutingProperties limits;
    private final JobRegistry<RoutingJob> jobs;
    private final JobPool solvers;

    RoutingJobs(RoutingDays days, RoutingProperties limits) {
        this.days = days;
        this.limits = limits;
        this.jobs = new JobRegistry<>(limits.resultTtl(), "routing job");
        this.solvers = new JobPool("routing", limits.concurrentJobs(), limits.queuedJobs());
    }

    /** Checks the day now (bad input is refused at once, nothing queued), then queues its search. */
    RoutingJob submit(RoutingRequest request, RoutingDays.Naming naming, String owner) {
        RoutingJob job = new RoutingJob(UUID.randomUUID().toString(), owner, days.build(request, naming));
        return solvers.submit(jobs, job, () -> run(job), "the routing service is busy: " + limits.concurrentJobs()
                    + " days are being planned and " + limits.queuedJobs() + " are waiting; try again in a minute");
    }

    /** The job if the user may see it; otherwise 404, so that other users' job ids reveal nothing. */
    RoutingJob find(String id, Authentication user) {
        return jobs.find(id, user);
    }

    /** Cancels the job unless it has finished; a search under way runs to its time limit and its plan is dropped. */
    RoutingJob cancel(String id, Authentication user) {
        RoutingJob job = find(id, user);
        solvers.cancel(job);
        return job;
    }

    /** The job's status now, then on every change; closed when the job ends. */
    SseEmitter events(String id, Authentication user) {
        return find(id, user).subscribe();
    }

    private void run(RoutingJob job) {
        long began = System.nanoTime();
        double limitMillis = job.day.timeLimitSeconds() * 1000.0;
        solvers.run(job, 250, () -> {
            if (job.atLeast(Math.min(0.95, (System.nanoTime() - began) / 1e6 / limitMillis))) {
                job.publish();
            }
        }, () -> {
            RoutingPlan plan = RoutingSolver.solve(job.day.problem(),
                    new RoutingSolver.Options(job.day.timeLimitSeconds() * 1000L, 0, 1));
            if (job.succeed(plan)) {
                log.info("Routing job {} ({} visits, {} operators) solved: {} unplanned", job.id,
                        job.day.visitCount(), job.day.request().operators().size(), plan.unplanned().size());
            }
        }, e -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    @Override
    public void destroy() {
        solvers.close();
    }
}
