package org.welfareintelligence.siting;

import java.time.Instant;
import org.welfareintelligence.jobs.Job;

/** One submitted siting problem as the queue holds it, with the checked request it was submitted with. */
record SitingJob(Job job, SitingRequest request) {

    /** The job as the API shows it. */
    record Status(String id, Job.State state, double progress, String message, String model, String serviceType,
                  Integer newSites, Instant submittedAt, Instant startedAt, Instant finishedAt, String error) {
    }

    String id() {
        return job.id();
    }

    Job.State state() {
        return job.state();
    }

    Status status() {
        return new Status(job.id(), job.state(), job.progress(), job.message(), request.model(),
                request.serviceType(), request.newSites(), job.submittedAt(), job.startedAt(), job.finishedAt(),
                job.error());
    }
}
