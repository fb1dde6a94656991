package org.welfareintelligence.siting;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.welfareintelligence.web.DatabaseOutage;
import org.welfareintelligence.jobs.Job;
import org.welfareintelligence.jobs.JobPool;
import org.welfareintelligence.jobs.JobRegistry;

/**
 * Runs siting jobs on a bounded pool, keeps them in memory until their time to live has passed, and
 * streams their progress to subscribers. A job is visible only to the user who submitted it and to
 * administrators; to anyone else it does not exist.
 */
@Service
class SitingJobs implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SitingJobs.class);
    private static final long OVERRUN_GRACE_MILLIS = 10_000;

    private final SitingInstanceBuilder builder;
    private final SitingCosts costs;
    private final SitingProperties limits;
    private final JobRegistry<SitingJob> jobs;
    private final JobPool solvers;

    SitingJobs(SitingInstanceBuilder builder, SitingCosts costs, SitingProperties limits) {
        this.builder = builder;
        this.costs = costs;
        this.limits = limits;
        this.jobs = new JobRegistry<>(limits.resultTtl(), "optimisation job");
        this.solvers = new JobPool("siting", limits.concurrentJobs(), limits.queuedJobs());
    }

    /** Checks and reads the problem now (so bad input is refused at once), then queues its solution. */
    SitingJob submit(SitingRequest request, String owner) {
        SitingRequest checked = request.checked(limits);
        SitingInstance instance = builder.build(checked);
        costs.check(checked);
        SitingJob job = new SitingJob(UUID.randomUUID().toString(), owner, checked, instance);
        return solvers.submit(jobs, job, () -> run(job), "the optimisation service is busy: " + limits.concurrentJobs()
                    + " jobs are running and " + limits.queuedJobs() + " are waiting; try again in a minute");
    }

    /** The job if the user may see it; otherwise 404, so that other users' job ids reveal nothing. */
    SitingJob find(String id, Authentication user) {
        return jobs.find(id, user);
    }

    SitingJob cancel(String id, Authentication user) {
        SitingJob job = find(id, user);
        solvers.cancel(job);
        return job;
    }

    /** A stream of the job's status: the current one at once, then one per change, closed when it ends. */
    SseEmitter events(String id, Authentication user) {
        return find(id, user).subscribe();
    }

    private void run(SitingJob job) {
        // the clock runs from the solver's start: reading an imported cost table comes before it
        AtomicLong solverStart = new AtomicLong();
        double limitMillis = job.request.timeLimit().toMillis();
        // solvers report when they can; the bar also moves with the clock towards the time limit, and a solver
        // still busy long after its limit is given up (its thread interrupted, the slot's answer dropped)
        Runnable tick = () -> {
            long since = solverStart.get();
            if (since == 0) {
                return;
            }
            double elapsedMillis = (System.nanoTime() - since) / 1e6;
            if (elapsedMillis > 2 * limitMillis + OVERRUN_GRACE_MILLIS
                    && job.fail("the solver did not stop at its time limit of %.0f s".formatted(limitMillis / 1000))) {
                job.future.cancel(true);
                job.publish();
            } else if (job.atLeast(Math.min(0.9, 0.05 + 0.85 * elapsedMillis / limitMillis))) {
                job.publish();
            }
        };
        solvers.run(job, 500, tick, () -> {
            if (job.request.costKind() == SitingRequest.CostKind.IMPORTED && job.progress(0.01, "reading travel costs")) {
                job.publish();
            }
            AccessCosts travel = costs.of(job.request, job.instance);
            solverStart.set(System.nanoTime());
            SitingResult result = SitingComputation.run(job.request, job.instance, travel, limits.targetGap(),
                    (fraction, message) -> {
                        if (job.progress(fraction, message)) {
                            job.publish();
                        }
                    }, () -> job.state() == Job.State.CANCELLED);
            if (job.succeed(result)) {
                log.info("Siting job {} ({} for {}) solved in {} ms: {}", job.id, job.request.model(),
                        job.request.serviceType(), result.totalMillis(), result.outcome().stopReason());
            }
        }, e -> DatabaseOutage.causedBy(e) ? "the database became unavailable while the job ran: submit it again "
                + "when the service is back" : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    @Override
    public void destroy() {
        solvers.close();
    }
}
