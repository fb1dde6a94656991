package org.welfareintelligence.routing;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.welfareintelligence.jobs.Job;
import org.welfareintelligence.jobs.JobProgress;
import org.welfareintelligence.jobs.JobWork;
import org.welfareintelligence.jobs.Jobs;
import org.welfareintelligence.routing.core.RoutingPlan;
import org.welfareintelligence.routing.core.RoutingSolver;
import tools.jackson.databind.ObjectMapper;

/**
 * Routing days as jobs of the shared queue: checked at submission (bad input refused at once, nothing queued),
 * then built again from the request and solved by whichever node claims them. The search runs for its whole time
 * limit, so progress is the share of that time gone by.
 */
@Service
class RoutingJobs implements JobWork {

    static final String KIND = "routing";
    private static final String NAME = "routing job";
    private static final Logger log = LoggerFactory.getLogger(RoutingJobs.class);

    private final RoutingDays days;
    private final RoutingProperties limits;
    private final Jobs jobs;
    private final ObjectMapper json;

    RoutingJobs(RoutingDays days, RoutingProperties limits, Jobs jobs, ObjectMapper json) {
        this.days = days;
        this.limits = limits;
        this.jobs = jobs;
        this.json = json;
    }

    /** Checks the day now (bad input is refused at once, nothing queued), then queues its search. */
    RoutingJob submit(RoutingRequest request, RoutingDays.Naming naming, String owner) {
        days.build(request, naming);
        Job job = jobs.submit(KIND, owner, request, limits.queuedJobs(), "the routing service is busy: "
                + limits.concurrentJobs() + " days are being planned and " + limits.queuedJobs()
                + " are waiting; try again in a minute");
        return new RoutingJob(job, request);
    }

    /** The job if the user may see it; otherwise 404, so that other users' job ids reveal nothing. */
    RoutingJob find(String id, Authentication user) {
        return of(jobs.find(KIND, NAME, id, user));
    }

    /** The plan a succeeded job kept. */
    RoutingJob.SolvedDay solved(RoutingJob job) {
        return jobs.result(job.job(), RoutingJob.SolvedDay.class);
    }

    /** Cancels the job unless it has finished; a search under way runs to its time limit and its plan is dropped. */
    RoutingJob cancel(String id, Authentication user) {
        return of(jobs.cancel(find(id, user).job()));
    }

    /** The job's status now, then on every change; closed when the job ends. */
    SseEmitter events(String id, Authentication user) {
        return jobs.follow(find(id, user).job(), job -> of(job).status());
    }

    private RoutingJob of(Job job) {
        return new RoutingJob(job, json.readValue(job.parameters(), RoutingRequest.class));
    }

    @Override
    public Kind kind() {
        return new Kind(KIND, limits.concurrentJobs(), limits.resultTtl());
    }

    @Override
    public RoutingJob.SolvedDay run(String parameters, JobProgress progress) {
        RoutingRequest request = json.readValue(parameters, RoutingRequest.class);
        // checked at submission: field names no longer matter here
        RoutingDay day = days.build(request, RoutingDays.Naming.JSON);
        progress.paceBy(Duration.ofSeconds(day.timeLimitSeconds()), 0, 0.95);
        RoutingPlan plan = RoutingSolver.solve(day.problem(),
                new RoutingSolver.Options(day.timeLimitSeconds() * 1000L, 0, 1));
        log.info("Routing day ({} visits, {} operators) solved: {} unplanned", day.visitCount(),
                request.operators().size(), plan.unplanned().size());
        return new RoutingJob.SolvedDay(RoutingPlanView.plan(day, plan), plan);
    }
}
