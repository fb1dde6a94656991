package org.welfareintelligence.siting;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** One submitted siting problem: who asked, how far it got, and its result once solved. */
final class SitingJob {

    enum State {
        QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED;

        boolean finished() {
            return this == SUCCEEDED || this == FAILED || this == CANCELLED;
        }
    }

    /** The job as the API shows it. */
    record Status(String id, State state, double progress, String message, String model, String serviceType,
                  Integer newSites, Instant submittedAt, Instant startedAt, Instant finishedAt, String error) {
    }

    final String id;
    final String owner;
    final SitingRequest request;
    final SitingInstance instance;
    final Instant submittedAt = Instant.now();
    /** Browsers following the job's progress as server-sent events. */
    final List<SseEmitter> listeners = new CopyOnWriteArrayList<>();

    private volatile State state = State.QUEUED;
    private volatile double progress;
    private volatile String message = "waiting for a free solver";
    private volatile Instant startedAt;
    private volatile Instant finishedAt;
    private volatile String error;
    private volatile SitingResult result;
    volatile Future<?> future;

    SitingJob(String id, String owner, SitingRequest request, SitingInstance instance) {
        this.id = id;
        this.owner = owner;
        this.request = request;
        this.instance = instance;
    }

    Status status() {
        return new Status(id, state, progress, message, request.model(), request.serviceType(), request.newSites(),
                submittedAt, startedAt, finishedAt, error);
    }

    State state() {
        return state;
    }

    SitingResult result() {
        return result;
    }

    Instant finishedAt() {
        return finishedAt;
    }

    /** Moves to RUNNING unless the job was cancelled while it waited. */
    synchronized boolean start() {
        if (state != State.QUEUED) {
            return false;
        }
        state = State.RUNNING;
        message = "starting";
        startedAt = Instant.now();
        return true;
    }

    /** Records progress unless the job has already finished (a late tick must not overwrite the end). */
    synchronized boolean progress(double fraction, String text) {
        if (state.finished()) {
            return false;
        }
        progress = Math.max(progress, fraction);
        message = text;
        return true;
    }

    /** Moves the bar forward to at least {@code fraction}, keeping the message (for time-based ticks). */
    synchronized boolean atLeast(double fraction) {
        if (state.finished() || fraction <= progress) {
            return false;
        }
        progress = fraction;
        return true;
    }

    synchronized boolean succeed(SitingResult solved) {
        return finish(State.SUCCEEDED, "done", null, solved);
    }

    synchronized boolean fail(String reason) {
        return finish(State.FAILED, "failed", reason, null);
    }

    synchronized boolean cancel() {
        return finish(State.CANCELLED, "cancelled", null, null);
    }

    private boolean finish(State end, String text, String reason, SitingResult solved) {
        if (state.finished()) {
            return false;
        }
        state = end;
        message = text;
        error = reason;
        result = solved;
        finishedAt = Instant.now();
        if (end == State.SUCCEEDED) {
            progress = 1;
        }
        return true;
    }
}
