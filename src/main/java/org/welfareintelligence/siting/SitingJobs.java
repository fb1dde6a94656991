package org.welfareintelligence.siting;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.welfareintelligence.web.DatabaseOutage;
import org.welfareintelligence.web.JobEvents;
import org.welfareintelligence.web.NotFoundException;

/**
 * Runs siting jobs on a bounded pool, keeps them in memory until their time to live has passed, and
 * streams their progress to subscribers. A job is visible only to the user who submitted it and to
 * administrators; to anyone else it does not exist.
 */
@Service
class SitingJobs implements DisposableBean {

    /** Thrown when every solver is busy and the waiting queue is full; answered with 503. */
    static final class BusyException extends RuntimeException {
        BusyException(String message) {
            super(message);
        }
    }

    private static final Logger log = LoggerFactory.getLogger(SitingJobs.class);
    private static final long EVENT_TIMEOUT_MILLIS = Duration.ofMinutes(10).toMillis();
    private static final long OVERRUN_GRACE_MILLIS = 10_000;

    private final SitingInstanceBuilder builder;
    private final SitingCosts costs;
    private final SitingProperties limits;
    private final Map<String, SitingJob> jobs = new ConcurrentHashMap<>();
    private final ThreadPoolExecutor solvers;
    /** Ticks the progress of running solvers, which report nothing until they finish. */
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(
            runnable -> daemon(runnable, "siting-progress"));

    SitingJobs(SitingInstanceBuilder builder, SitingCosts costs, SitingProperties limits) {
        this.builder = builder;
        this.costs = costs;
        this.limits = limits;
        AtomicInteger threads = new AtomicInteger();
        this.solvers = new ThreadPoolExecutor(limits.concurrentJobs(), limits.concurrentJobs(), 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(Math.max(1, limits.queuedJobs())),
                runnable -> daemon(runnable, "siting-solver-" + threads.incrementAndGet()));
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    /** Checks and reads the problem now (so bad input is refused at once), then queues its solution. */
    SitingJob submit(SitingRequest request, String owner) {
        purgeExpired();
        SitingRequest checked = request.checked(limits);
        SitingInstance instance = builder.build(checked);
        costs.check(checked);
        SitingJob job = new SitingJob(UUID.randomUUID().toString(), owner, checked, instance);
        jobs.put(job.id, job);
        try {
            job.future = solvers.submit(() -> run(job));
        } catch (RejectedExecutionException e) {
            jobs.remove(job.id);
            throw new BusyException("the optimisation service is busy: " + limits.concurrentJobs()
                    + " jobs are running and " + limits.queuedJobs() + " are waiting; try again in a minute");
        }
        return job;
    }

    /** The job if the user may see it; otherwise 404, so that other users' job ids reveal nothing. */
    SitingJob find(String id, Authentication user) {
        purgeExpired();
        SitingJob job = jobs.get(id);
        if (job == null || !(job.owner.equals(user.getName()) || isAdmin(user))) {
            throw new NotFoundException("no optimisation job " + id);
        }
        return job;
    }

    SitingJob cancel(String id, Authentication user) {
        SitingJob job = find(id, user);
        if (job.cancel()) {
            // the solver cannot be stopped mid-search: its thread is interrupted and its answer dropped
            if (job.future != null) {
                job.future.cancel(true);
                // a cancelled job still waiting would keep its place in the queue until a solver polled it
                solvers.purge();
            }
            publish(job);
        }
        return job;
    }

    /** A stream of the job's status: the current one at once, then one per change, closed when it ends. */
    SseEmitter events(String id, Authentication user) {
        SitingJob job = find(id, user);
        SseEmitter emitter = JobEvents.follower(job.listeners, EVENT_TIMEOUT_MILLIS);
        send(job, emitter);
        return emitter;
    }

    private void run(SitingJob job) {
        if (!job.start()) {
            return;
        }
        publish(job);
        // the clock runs from the solver's start: reading an imported cost table comes before it
        AtomicLong solverStart = new AtomicLong();
        double limitMillis = job.request.timeLimit().toMillis();
        // solvers report when they can; the bar also moves with the clock towards the time limit, and a solver
        // still busy long after its limit is given up (its thread interrupted, the slot's answer dropped)
        ScheduledFuture<?> ticks = ticker.scheduleAtFixedRate(() -> {
            long since = solverStart.get();
            if (since == 0) {
                return;
            }
            double elapsedMillis = (System.nanoTime() - since) / 1e6;
            if (elapsedMillis > 2 * limitMillis + OVERRUN_GRACE_MILLIS
                    && job.fail("the solver did not stop at its time limit of %.0f s".formatted(limitMillis / 1000))) {
                job.future.cancel(true);
                publish(job);
            } else if (job.atLeast(Math.min(0.9, 0.05 + 0.85 * elapsedMillis / limitMillis))) {
                publish(job);
            }
        }, 500, 500, TimeUnit.MILLISECONDS);
        try {
            if (job.request.costKind() == SitingRequest.CostKind.IMPORTED && job.progress(0.01, "reading travel costs")) {
                publish(job);
            }
            AccessCosts travel = costs.of(job.request, job.instance);
            solverStart.set(System.nanoTime());
            SitingResult result = SitingComputation.run(job.request, job.instance, travel, limits.targetGap(),
                    (fraction, message) -> {
                        if (job.progress(fraction, message)) {
                            publish(job);
                        }
                    }, () -> job.state() == SitingJob.State.CANCELLED);
            if (job.succeed(result)) {
                log.info("Siting job {} ({} for {}) solved in {} ms: {}", job.id, job.request.model(),
                        job.request.serviceType(), result.totalMillis(), result.outcome().stopReason());
            }
        } catch (RuntimeException | OutOfMemoryError e) {
            log.warn("Siting job {} failed", job.id, e);
            job.fail(DatabaseOutage.causedBy(e) ? "the database became unavailable while the job ran: submit it again "
                    + "when the service is back" : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } finally {
            ticks.cancel(false);
            publish(job);
        }
    }

    private void publish(SitingJob job) {
        for (SseEmitter emitter : job.listeners) {
            send(job, emitter);
        }
    }

    private static void send(SitingJob job, SseEmitter emitter) {
        SitingJob.Status status = job.status();
        JobEvents.send(job.listeners, emitter, status, status.state().finished());
    }

    private void purgeExpired() {
        Instant oldest = Instant.now().minus(limits.resultTtl());
        jobs.values().removeIf(job -> job.finishedAt() != null && job.finishedAt().isBefore(oldest));
    }

    private static boolean isAdmin(Authentication user) {
        return user.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
    }

    @Override
    public void destroy() {
        solvers.shutdownNow();
        ticker.shutdownNow();
    }
}
