package org.welfareintelligence.jobs;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bounded pool of solver threads with a waiting queue, and a ticker that moves the progress of solvers
 * that report nothing until they finish.
 */
public final class JobPool implements AutoCloseable {

    /** Every solver is busy and the waiting queue is full; answered with 503. */
    public static final class BusyException extends RuntimeException {
        public BusyException(String message) {
            super(message);
        }
    }

    private static final Logger log = LoggerFactory.getLogger(JobPool.class);

    private final String name;
    private final ThreadPoolExecutor solvers;
    private final ScheduledExecutorService ticker;

    public JobPool(String name, int concurrentJobs, int queuedJobs) {
        this.name = name;
        AtomicInteger threads = new AtomicInteger();
        this.solvers = new ThreadPoolExecutor(concurrentJobs, concurrentJobs, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(Math.max(1, queuedJobs)),
                runnable -> daemon(runnable, name + "-solver-" + threads.incrementAndGet()));
        this.ticker = Executors.newSingleThreadScheduledExecutor(runnable -> daemon(runnable, name + "-progress"));
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    /**
     * Registers the job and queues its work; when the queue is full the job is forgotten again and
     * {@link BusyException} says {@code busyMessage}.
     */
    public <J extends Job<?>> J submit(JobRegistry<J> registry, J job, Runnable work, String busyMessage) {
        registry.add(job);
        try {
            job.future = solvers.submit(work);
        } catch (RejectedExecutionException e) {
            registry.remove(job);
            throw new BusyException(busyMessage);
        }
        return job;
    }

    /**
     * Cancels a job unless it has finished. A solver cannot be stopped mid-search: its thread is interrupted and
     * its answer dropped.
     */
    public void cancel(Job<?> job) {
        if (job.cancel()) {
            if (job.future != null) {
                job.future.cancel(true);
                // a cancelled job still waiting would keep its place in the queue until a solver polled it
                solvers.purge();
            }
            job.publish();
        }
    }

    /**
     * Runs a queued job: RUNNING, {@code tick} every {@code tickMillis} while {@code work} runs (work ends the job
     * with its result), FAILED with {@code reason} of what it threw; subscribers are told at each step.
     */
    public void run(Job<?> job, long tickMillis, Runnable tick, Runnable work, Function<Throwable, String> reason) {
        if (!job.start()) {
            return;
        }
        job.publish();
        ScheduledFuture<?> ticks = ticker.scheduleAtFixedRate(tick, tickMillis, tickMillis, TimeUnit.MILLISECONDS);
        try {
            work.run();
        } catch (RuntimeException | OutOfMemoryError e) {
            log.warn("{} job {} failed", name, job.id, e);
            job.fail(reason.apply(e));
        } finally {
            ticks.cancel(false);
            job.publish();
        }
    }

    @Override
    public void close() {
        solvers.shutdownNow();
        ticker.shutdownNow();
    }
}
