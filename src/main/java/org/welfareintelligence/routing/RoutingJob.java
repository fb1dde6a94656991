package org.welfareintelligence.routing;

import java.time.Instant;
import org.welfareintelligence.jobs.Job;
import org.welfareintelligence.routing.core.RoutingPlan;

/** One submitted day as the queue holds it, with the request it was submitted with. */
record RoutingJob(Job job, RoutingRequest request) {

    /** The job as the API shows it. */
    record Status(String id, Job.State state, double progress, String message, int visits, int operators,
                  Instant submittedAt, Instant startedAt, Instant finishedAt, String error) {
    }

    /**
     * What a solved job keeps: its plan as shown (built on the node that solved it, from the data it read), and the
     * solver's own plan, which can be checked against the problem rebuilt from the request.
     */
    record SolvedDay(RoutingPlanView.Plan view, RoutingPlan plan) {
    }

    String id() {
        return job.id();
    }

    Job.State state() {
        return job.state();
    }

    Status status() {
        return new Status(job.id(), job.state(), job.progress(), job.message(), request.visits().size(),
                request.operators().size(), job.submittedAt(), job.startedAt(), job.finishedAt(), job.error());
    }
}
