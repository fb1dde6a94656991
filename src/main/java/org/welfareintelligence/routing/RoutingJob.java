package org.welfareintelligence.routing;

import java.time.Instant;
import org.welfareintelligence.jobs.Job;
import org.welfareintelligence.routing.core.RoutingPlan;

/** One submitted day: who asked, how far the search got, and the plan once solved. */
final class RoutingJob extends Job<RoutingPlan> {

    /** The job as the API shows it. */
    record Status(String id, State state, double progress, String message, int visits, int operators,
                  Instant submittedAt, Instant startedAt, Instant finishedAt, String error) {
    }

    final RoutingDay day;

    RoutingJob(String id, String owner, RoutingDay day) {
        super(id, owner);
        this.day = day;
    }

    @Override
    public Status status() {
        return new Status(id, state(), progress(), message(), day.visitCount(), day.request().operators().size(),
                submittedAt, startedAt(), finishedAt(), error());
    }
}
