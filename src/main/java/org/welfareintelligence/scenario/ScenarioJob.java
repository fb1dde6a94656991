package org.welfareintelligence.scenario;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** One simulation of a scenario: who asked, how far it got and whether it ended. */
final class ScenarioJob {

    enum State {
        QUEUED, RUNNING, SUCCEEDED, FAILED;

        boolean finished() {
            return this == SUCCEEDED || this == FAILED;
        }
    }

    /** The job as the API shows it; {@code result} is where the simulated scenario can be read once it succeeded. */
    record Status(String id, long scenarioId, State state, double progress, String message, Instant submittedAt,
                  Instant finishedAt, String error, String result) {
    }

    final String id;
    final String owner;
    final ScenarioInputs.Prepared prepared;
    /** The scenario's edition when the job was submitted (see {@code ScenarioJobs.forget}). */
    final long edition;
    final Instant submittedAt = Instant.now();
    final List<SseEmitter> listeners = new CopyOnWriteArrayList<>();

    private volatile State state = State.QUEUED;
    private volatile double progress;
    private volatile String message = "waiting for a free simulator";
    private volatile Instant finishedAt;
    private volatile String error;

    ScenarioJob(String id, String owner, ScenarioInputs.Prepared prepared, long edition) {
        this.id = id;
        this.owner = owner;
        this.prepared = prepared;
        this.edition = edition;
    }

    Status status() {
        return new Status(id, prepared.scenarioId(), state, progress, message, submittedAt, finishedAt, error,
                state == State.SUCCEEDED ? "/api/scenarios/" + prepared.scenarioId() + "/result" : null);
    }

    Instant finishedAt() {
        return finishedAt;
    }

    synchronized void progress(double fraction, String text) {
        if (!state.finished()) {
            state = State.RUNNING;
            progress = Math.max(progress, fraction);
            message = text;
        }
    }

    synchronized void succeed() {
        state = State.SUCCEEDED;
        progress = 1;
        message = "done";
        finishedAt = Instant.now();
    }

    synchronized void fail(String reason) {
        state = State.FAILED;
        message = "failed";
        error = reason;
        finishedAt = Instant.now();
    }
}
