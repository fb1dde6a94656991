package org.welfareintelligence.web;

import java.io.IOException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Server-sent events of an asynchronous job's status, shared by the jobs that browsers follow. */
public final class JobEvents {

    private JobEvents() {
    }

    /** A new follower of a job, which leaves {@code listeners} when its stream ends, times out or fails. */
    public static SseEmitter follower(List<SseEmitter> listeners, long timeoutMillis) {
        SseEmitter emitter = new SseEmitter(timeoutMillis);
        listeners.add(emitter);
        Runnable remove = () -> listeners.remove(emitter);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(error -> remove.run());
        return emitter;
    }

    /** Sends the status as event 'progress', or as a last event 'done' that closes the stream when finished. */
    public static void send(List<SseEmitter> listeners, SseEmitter emitter, Object status, boolean finished) {
        try {
            emitter.send(SseEmitter.event().name(finished ? "done" : "progress")
                    .id(Long.toString(System.nanoTime())).data(status, MediaType.APPLICATION_JSON));
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
