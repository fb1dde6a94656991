package org.welfareintelligence.jobs;

import java.time.Instant;

/**
 * A job as its row in the queue says it is now, whichever node works it; the result is read apart
 * ({@link Jobs#result}), being large.
 *
 * @param parameters the request the job was submitted with, as JSON
 * @param attempts   how many times a node has started it
 */
public record Job(String id, String kind, String owner, String parameters, State state, double progress,
                  String message, String error, int attempts, Instant submittedAt, Instant startedAt,
                  Instant finishedAt) {

    public enum State {
        QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED;

        public boolean finished() {
            return this == SUCCEEDED || this == FAILED || this == CANCELLED;
        }
    }
}
