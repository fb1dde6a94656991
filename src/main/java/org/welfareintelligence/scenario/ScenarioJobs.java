package org.welfareintelligence.scenario;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.welfareintelligence.scenario.core.Simulation;
import org.welfareintelligence.web.JobEvents;
import org.welfareintelligence.web.NotFoundException;

/**
 * Simulates scenarios on a small bounded pool and keeps the jobs and their results in memory for two hours.
 * A result is kept per scenario and per kind of reader (controlled figures or exact), since its inputs were
 * loaded for the reader who asked: a foundation never reads a simulation run on a planner's exact inputs.
 * A job is visible to who submitted it and to administrators; to anyone else it does not exist.
 */
@Service
class ScenarioJobs implements DisposableBean {

    /** Thrown when the simulators are busy and the queue is full; answered with 503. */
    static final class BusyException extends RuntimeException {
        BusyException(String message) {
            super(message);
        }
    }

    /** A finished simulation: the inputs, the baseline's and the scenario's years. */
    record Simulated(ScenarioInputs.Prepared prepared, Simulation.Outcome baseline, Simulation.Outcome scenario,
                     Instant at) {
    }

    private static final Logger log = LoggerFactory.getLogger(ScenarioJobs.class);
    private static final Duration TTL = Duration.ofHours(2);
    private static final long EVENT_TIMEOUT_MILLIS = Duration.ofMinutes(10).toMillis();

    private final ScenarioStore store;
    private final Map<String, ScenarioJob> jobs = new ConcurrentHashMap<>();
    private final Map<String, Simulated> results = new ConcurrentHashMap<>();
    /** Bumped when a scenario is edited or deleted, so that a simulation still running then keeps no result. */
    private final Map<Long, Long> editions = new ConcurrentHashMap<>();
    private final ThreadPoolExecutor simulators = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(8), runnable -> {
                Thread thread = new Thread(runnable, "scenario-simulator");
                thread.setDaemon(true);
                return thread;
            });

    ScenarioJobs(ScenarioStore store) {
        this.store = store;
    }

    ScenarioJob submit(ScenarioInputs.Prepared prepared, String owner) {
        purgeExpired();
        ScenarioJob job = new ScenarioJob(UUID.randomUUID().toString(), owner, prepared,
                editions.getOrDefault(prepared.scenarioId(), 0L));
        jobs.put(job.id, job);
        try {
            simulators.submit(() -> run(job));
        } catch (RejectedExecutionException e) {
            jobs.remove(job.id);
            throw new BusyException("the simulator is busy: 8 simulations are waiting; try again in a minute");
        }
        return job;
    }

    ScenarioJob find(String id, String reader, boolean admin) {
        purgeExpired();
        ScenarioJob job = jobs.get(id);
        if (job == null || !(job.owner.equals(reader) || admin)) {
            throw new NotFoundException("no simulation job " + id);
        }
        return job;
    }

    /** The newest simulation of the scenario for this kind of reader. */
    Optional<Simulated> result(long scenarioId, boolean controlled) {
        purgeExpired();
        return Optional.ofNullable(results.get(key(scenarioId, controlled)));
    }

    /** Forgets the scenario's results (it was edited or deleted). */
    void forget(long scenarioId) {
        synchronized (editions) {
            editions.merge(scenarioId, 1L, Long::sum);
            results.remove(key(scenarioId, true));
            results.remove(key(scenarioId, false));
        }
    }

    SseEmitter events(ScenarioJob job) {
        SseEmitter emitter = JobEvents.follower(job.listeners, EVENT_TIMEOUT_MILLIS);
        send(job, emitter);
        return emitter;
    }

    private void run(ScenarioJob job) {
        ScenarioInputs.Prepared prepared = job.prepared;
        try {
            long started = System.nanoTime();
            publish(job, 0.1, "simulating the baseline");
            Simulation.Outcome baseline = Simulation.run(prepared.baseline(), prepared.assignment());
            publish(job, 0.5, "simulating the scenario");
            Simulation.Outcome scenario = Simulation.run(prepared.scenario(), prepared.assignment());
            synchronized (editions) {
                if (editions.getOrDefault(prepared.scenarioId(), 0L) != job.edition) {
                    throw new IllegalStateException("the scenario changed while it was simulated: simulate it again");
                }
                results.put(key(prepared.scenarioId(), prepared.controlled()),
                        new Simulated(prepared, baseline, scenario, Instant.now()));
            }
            store.simulated(prepared.scenarioId(), prepared.dataVersion());
            job.succeed();
            log.info("Scenario {} simulated over {} years in {} ms", prepared.scenarioId(),
                    prepared.definition().horizon(), (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException | OutOfMemoryError e) {
            log.warn("Simulation of scenario {} failed", prepared.scenarioId(), e);
            job.fail(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        publish(job);
    }

    private void publish(ScenarioJob job, double fraction, String message) {
        job.progress(fraction, message);
        publish(job);
    }

    private void publish(ScenarioJob job) {
        for (SseEmitter emitter : job.listeners) {
            send(job, emitter);
        }
    }

    private static void send(ScenarioJob job, SseEmitter emitter) {
        ScenarioJob.Status status = job.status();
        JobEvents.send(job.listeners, emitter, status, status.state().finished());
    }

    private void purgeExpired() {
        Instant oldest = Instant.now().minus(TTL);
        jobs.values().removeIf(job -> job.finishedAt() != null && job.finishedAt().isBefore(oldest));
        results.values().removeIf(result -> result.at().isBefore(oldest));
    }

    private static String key(long scenarioId, boolean controlled) {
        return scenarioId + (controlled ? ":controlled" : ":exact");
    }

    @Override
    public void destroy() {
        simulators.shutdownNow();
    }
}
