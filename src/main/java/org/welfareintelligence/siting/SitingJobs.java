package org.welfareintelligence.siting;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.welfareintelligence.jobs.Job;
import org.welfareintelligence.jobs.JobProgress;
import org.welfareintelligence.jobs.JobWork;
import org.welfareintelligence.jobs.Jobs;
import tools.jackson.databind.ObjectMapper;

/**
 * Siting problems as jobs of the shared queue: checked and read at submission (bad input refused at once, nothing
 * queued), then solved by whichever node claims them, which reads the problem again from the checked request.
 * A job is visible only to the user who submitted it and to administrators; to anyone else it does not exist.
 */
@Service
class SitingJobs implements JobWork {

    static final String KIND = "siting";
    private static final String NAME = "optimisation job";
    private static final Logger log = LoggerFactory.getLogger(SitingJobs.class);

    private final SitingInstanceBuilder builder;
    private final SitingCosts costs;
    private final SitingProperties limits;
    private final Jobs jobs;
    private final ObjectMapper json;

    SitingJobs(SitingInstanceBuilder builder, SitingCosts costs, SitingProperties limits, Jobs jobs,
               ObjectMapper json) {
        this.builder = builder;
        this.costs = costs;
        this.limits = limits;
        this.jobs = jobs;
        this.json = json;
    }

    /** Checks and reads the problem now (so bad input is refused at once), then queues its solution. */
    SitingJob submit(SitingRequest request, String owner) {
        SitingRequest checked = request.checked(limits);
        builder.build(checked);
        costs.check(checked);
        Job job = jobs.submit(KIND, owner, checked, limits.queuedJobs(), "the optimisation service is busy: "
                + limits.concurrentJobs() + " jobs are running and " + limits.queuedJobs()
                + " are waiting; try again in a minute");
        return new SitingJob(job, checked);
    }

    /** The job if the user may see it; otherwise 404, so that other users' job ids reveal nothing. */
    SitingJob find(String id, Authentication user) {
        return of(jobs.find(KIND, NAME, id, user));
    }

    SitingJob cancel(String id, Authentication user) {
        return of(jobs.cancel(find(id, user).job()));
    }

    /** The result a succeeded job kept. */
    SitingResult result(SitingJob job) {
        return jobs.result(job.job(), SitingResult.class);
    }

    /** A stream of the job's status: the current one at once, then one per change, closed when it ends. */
    SseEmitter events(String id, Authentication user) {
        return jobs.follow(find(id, user).job(), job -> of(job).status());
    }

    private SitingJob of(Job job) {
        return new SitingJob(job, json.readValue(job.parameters(), SitingRequest.class));
    }

    @Override
    public Kind kind() {
        return new Kind(KIND, limits.concurrentJobs(), limits.resultTtl());
    }

    /** Reads the problem from the database as it is now, then solves it; the clock runs from the solver's start. */
    @Override
    public SitingResult run(String parameters, JobProgress progress) {
        SitingRequest request = json.readValue(parameters, SitingRequest.class);
        progress.report(0.01, "reading the problem");
        SitingInstance instance = builder.build(request);
        if (request.costKind() == SitingRequest.CostKind.IMPORTED) {
            progress.report(0.02, "reading travel costs");
        }
        AccessCosts travel = costs.of(request, instance);
        // solvers report when they can; the bar also moves with the clock towards the time limit
        progress.paceBy(request.timeLimit(), 0.05, 0.9);
        SitingResult result = SitingComputation.run(request, instance, travel, limits.targetGap(), progress::report,
                progress::stopped);
        log.info("Siting problem ({} for {}) solved in {} ms: {}", request.model(), request.serviceType(),
                result.totalMillis(), result.outcome().stopReason());
        return result;
    }
}
