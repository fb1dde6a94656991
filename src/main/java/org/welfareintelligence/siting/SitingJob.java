package org.welfareintelligence.siting;

import java.time.Instant;
import org.welfareintelligence.jobs.Job;

/** One submitted siting problem: who asked, how far it got, and its result once solved. */
final class SitingJob extends Job<SitingResult> {

    /** The job as the API shows it. */
    record Status(String id, State state, double progress, String message, String model, String serviceType,
                  Integer newSites, Instant submittedAt, Instant startedAt, Instant finishedAt, String error) {
    }

    final SitingRequest request;
    final SitingInstance instance;

    SitingJob(String id, String owner, SitingRequest request, SitingInstance instance) {
        super(id, owner);
        this.request = request;
        this.instance = instance;
    }

    @Override
    public Status status() {
        return new Status(id, state(), progress(), message(), request.model(), request.serviceType(),
                request.newSites(), submittedAt, startedAt(), finishedAt(), error());
    }
}
