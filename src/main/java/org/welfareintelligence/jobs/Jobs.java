package org.welfareintelligence.jobs;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.welfareintelligence.web.JobEvents;
import org.welfareintelligence.web.NotFoundException;
import tools.jackson.databind.ObjectMapper;

/**
 * Jobs as the modules that submit them see them: queued in PostgreSQL for any node to work, shown to their
 * submitter and administrators only (404 to anyone else, so that other users' job ids reveal nothing), followed
 * by server-sent events that read the job's row at every heartbeat, so that any node can stream any job.
 */
@Service
public class Jobs implements DisposableBean {

    /** Every solver is busy and the waiting queue is full; answered with 503. */
    public static final class BusyException extends RuntimeException {
        public BusyException(String message) {
            super(message);
        }
    }

    private static final long EVENT_TIMEOUT_MILLIS = Duration.ofMinutes(10).toMillis();

    private final JobQueue queue;
    private final JobWorkers workers;
    private final JobsProperties settings;
    private final ObjectMapper json;
    private final List<SseEmitter> listeners = new CopyOnWriteArrayList<>();
    private final Map<SseEmitter, Follower> followers = new ConcurrentHashMap<>();
    private final ScheduledExecutorService reader;

    /** A browser following a job, and the last status it was sent. */
    private record Follower(String id, Function<Job, Object> status, Object[] lastSent) {
    }

    Jobs(JobQueue queue, JobWorkers workers, JobsProperties settings, ObjectMapper json) {
        this.queue = queue;
        this.workers = workers;
        this.settings = settings;
        this.json = json;
        this.reader = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "jobs-events");
            thread.setDaemon(true);
            return thread;
        });
        long every = settings.heartbeat().toMillis();
        reader.scheduleWithFixedDelay(this::tellFollowers, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * Queues a job of {@code kind} with its parameters (written as JSON, read back by the node that runs it);
     * {@link BusyException} saying {@code busyMessage} when {@code maxWaiting} jobs of the kind already wait.
     */
    public Job submit(String kind, String owner, Object parameters, int maxWaiting, String busyMessage) {
        Job job = queue.submit(UUID.randomUUID().toString(), kind, owner, json.writeValueAsString(parameters),
                        maxWaiting, settings.maxAttempts())
                .orElseThrow(() -> new BusyException(busyMessage));
        workers.wake();
        return job;
    }

    /** The job of {@code kind} if the user may see it; otherwise 404 naming it as {@code name} ("routing job"). */
    public Job find(String kind, String name, String id, Authentication user) {
        boolean admin = user.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
        return queue.find(id).filter(job -> job.kind().equals(kind))
                .filter(job -> admin || job.owner().equals(user.getName()))
                .orElseThrow(() -> new NotFoundException("no " + name + " " + id));
    }

    /** Cancels a job unless it has finished (then it is left as it is); returns it as it is now. */
    public Job cancel(Job job) {
        return queue.cancel(job.id());
    }

    /** The result a succeeded job kept, read as {@code type}. */
    public <R> R result(Job job, Class<R> type) {
        String result = queue.result(job.id()).orElseThrow(() -> new NotFoundException("job " + job.id()
                + " has no result"));
        return json.readValue(result, type);
    }

    /**
     * A stream of the job's status as {@code status} shows it: the current one at once, then event "progress" on
     * every change, and a last event "done" that closes the stream once the job has finished.
     */
    public SseEmitter follow(Job job, Function<Job, Object> status) {
        SseEmitter emitter = JobEvents.follower(listeners, EVENT_TIMEOUT_MILLIS);
        Follower follower = new Follower(job.id(), status, new Object[1]);
        followers.put(emitter, follower);
        send(emitter, follower, job);
        return emitter;
    }

    private void tellFollowers() {
        // streams that ended, timed out or failed have left the listeners
        followers.keySet().retainAll(listeners);
        if (followers.isEmpty()) {
            return;
        }
        Map<String, Job> now;
        try {
            now = queue.findAll(followers.values().stream().map(Follower::id).distinct().toList()).stream()
                    .collect(Collectors.toMap(Job::id, job -> job));
        } catch (DataAccessException e) {
            // the database is away: the followers hear again when it is back
            return;
        }
        followers.forEach((emitter, follower) -> {
            Job job = now.get(follower.id());
            if (job == null) {
                // forgotten after its time to live
                emitter.complete();
                listeners.remove(emitter);
            } else {
                send(emitter, follower, job);
            }
        });
    }

    /** Sends the status unless this follower was already sent it (the end is always sent). */
    private void send(SseEmitter emitter, Follower follower, Job job) {
        Object status = follower.status().apply(job);
        boolean finished = job.state().finished();
        synchronized (follower) {
            if (!finished && status.equals(follower.lastSent()[0])) {
                return;
            }
            follower.lastSent()[0] = status;
        }
        JobEvents.send(listeners, emitter, status, finished);
    }

    @Override
    public void destroy() {
        reader.shutdownNow();
        listeners.forEach(SseEmitter::complete);
    }
}
