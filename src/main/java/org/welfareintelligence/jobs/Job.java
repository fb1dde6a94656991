package org.welfareintelligence.jobs;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One submitted job: who asked, how far it got, its result once done, and the browsers following it. Every
 * change of state is guarded so that a late progress tick never overwrites the end.
 *
 * @param <R> the result
 */
public abstract class Job<R> {

    public enum State {
        QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED;

        public boolean finished() {
            return this == SUCCEEDED || this == FAILED || this == CANCELLED;
        }
    }

    private static final long EVENT_TIMEOUT_MILLIS = Duration.ofMinutes(10).toMillis();

    public final String id;
    public final String owner;
    public final Instant submittedAt = Instant.now();
    private final List<SseEmitter> listeners = new CopyOnWriteArrayList<>();

    private volatile State state = State.QUEUED;
    private volatile double progress;
    private volatile String message = "waiting for a free solver";
    private volatile Instant startedAt;
    private volatile Instant finishedAt;
    private volatile String error;
    private volatile R result;
    public volatile Future<?> future;

    protected Job(String id, String owner) {
        this.id = id;
        this.owner = owner;
    }

    /** The job as the API shows it, sent with every event. */
    public abstract Object status();

    public State state() {
        return state;
    }

    public double progress() {
        return progress;
    }

    public String message() {
        return message;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public String error() {
        return error;
    }

    public R result() {
        return result;
    }

    /** Moves to RUNNING unless the job was cancelled while it waited. */
    public synchronized boolean start() {
        if (state != State.QUEUED) {
            return false;
        }
        state = State.RUNNING;
        message = "starting";
        startedAt = Instant.now();
        return true;
    }

    /** Records progress unless the job has already finished. */
    public synchronized boolean progress(double fraction, String text) {
        if (state.finished()) {
            return false;
        }
        progress = Math.max(progress, fraction);
        message = text;
        return true;
    }

    /** Moves the bar forward to at least {@code fraction}, keeping the message (for time-based ticks). */
    public synchronized boolean atLeast(double fraction) {
        if (state.finished() || fraction <= progress) {
            return false;
        }
        progress = fraction;
        return true;
    }

    public synchronized boolean succeed(R solved) {
        return finish(State.SUCCEEDED, "done", null, solved);
    }

    public synchronized boolean fail(String reason) {
        return finish(State.FAILED, "failed", reason, null);
    }

    public synchronized boolean cancel() {
        return finish(State.CANCELLED, "cancelled", null, null);
    }

    private boolean finish(State end, String text, String reason, R solved) {
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

    /** A stream of the job's status: the current one at once, then one per {@link #publish()}, closed at the end. */
    public SseEmitter subscribe() {
        SseEmitter emitter = new SseEmitter(EVENT_TIMEOUT_MILLIS);
        listeners.add(emitter);
        Runnable remove = () -> listeners.remove(emitter);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(failure -> remove.run());
        send(emitter);
        return emitter;
    }

    /** Tells every subscriber the status now: event "progress", or "done" once finished. */
    public void publish() {
        listeners.forEach(this::send);
    }

    private void send(SseEmitter emitter) {
        boolean finished = state.finished();
        try {
            emitter.send(SseEmitter.event().name(finished ? "done" : "progress")
                    .id(Long.toString(System.nanoTime())).data(status(), MediaType.APPLICATION_JSON));
            if (finished) {
                emitter.complete();
                listeners.remove(emitter);
            }
        } catch (IOException | IllegalStateException e) {
            // the browser went away: stop telling it
            listeners.remove(emitter);
        }
    }
}
