package org.welfareintelligence.jobs;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.welfareintelligence.web.DatabaseOutage;
import tools.jackson.databind.ObjectMapper;

/**
 * This node's workers: a bounded pool per kind of job, and one clock thread that claims queued jobs while a
 * solver is free, renews the leases of the jobs running here with their progress, stops those cancelled or lost
 * meanwhile, and returns other nodes' expired leases to the queue. A job that could not reach the database
 * while it ran ends FAILED saying so, written as soon as the database answers again.
 */
@Component
class JobWorkers implements SmartLifecycle {

    static final String DATABASE_LOST = "the database became unavailable while the job ran: submit it again when "
            + "the service is back";
    private static final Logger log = LoggerFactory.getLogger(JobWorkers.class);
    private static final long OVERRUN_GRACE_MILLIS = 10_000;

    private final JobQueue queue;
    private final JobsProperties settings;
    private final ObjectMapper json;
    private final ObjectProvider<JobWork> works;
    private volatile Map<String, Pool> pools = Map.of();
    private final String node = nodeName();
    private final Map<String, Running> running = new ConcurrentHashMap<>();
    /** Ends of jobs (always FAILED) this node could not write yet, by job id. */
    private final Map<String, Unwritten> unwritten = new ConcurrentHashMap<>();
    private ScheduledExecutorService clock;

    /** The solvers of one kind on this node. */
    private record Pool(JobWork work, ExecutorService solvers, AtomicInteger free) {
    }

    private record Unwritten(JobQueue.Claim claim, String reason) {
    }

    /** The kinds are read at start: they need {@link Jobs}, which needs the workers. */
    JobWorkers(JobQueue queue, ObjectProvider<JobWork> works, JobsProperties settings, ObjectMapper json) {
        this.queue = queue;
        this.works = works;
        this.settings = settings;
        this.json = json;
    }

    private static Map<String, Pool> pools(List<JobWork> works) {
        // a node given no solvers for a kind (concurrent jobs 0) only accepts and shows those jobs
        return works.stream().filter(work -> work.kind().concurrentJobs() > 0)
                .collect(Collectors.toUnmodifiableMap(work -> work.kind().name(), work -> {
                    JobWork.Kind kind = work.kind();
                    AtomicInteger threads = new AtomicInteger();
                    ExecutorService solvers = Executors.newFixedThreadPool(kind.concurrentJobs(),
                            runnable -> daemon(runnable, kind.name() + "-solver-" + threads.incrementAndGet()));
                    return new Pool(work, solvers, new AtomicInteger(kind.concurrentJobs()));
                }));
    }

    /** Looks for work at once (after this node accepted a job) instead of at the next poll. */
    void wake() {
        ScheduledExecutorService ticking = clock;
        try {
            if (ticking != null) {
                ticking.execute(this::claimAndSweep);
            }
        } catch (RejectedExecutionException e) {
            // the node is stopping: nothing more to claim
        }
    }

    String node() {
        return node;
    }

    private void claimAndSweep() {
        try {
            // first the ends this node owes: a job it lost to an outage fails before its expired lease could requeue it
            writeUnwritten();
            int[] reclaimed = queue.reclaimExpiredLeases();
            if (reclaimed[0] + reclaimed[1] > 0) {
                log.warn("Jobs whose node stopped: {} back in the queue, {} failed after their last attempt",
                        reclaimed[0], reclaimed[1]);
            }
            for (Pool pool : pools.values()) {
                while (pool.free().get() > 0) {
                    Optional<JobQueue.Claim> claim = queue.claim(pool.work().kind().name(), node, settings.lease());
                    if (claim.isEmpty()) {
                        break;
                    }
                    start(pool, claim.get());
                }
                queue.purge(pool.work().kind().name(), pool.work().kind().resultTtl());
            }
        } catch (DataAccessException e) {
            // the database is away: the queue waits there, nothing to claim until it is back
            log.debug("job queue unreachable: {}", e.getMessage());
        }
    }

    private void start(Pool pool, JobQueue.Claim claim) {
        Running job = new Running(claim);
        running.put(claim.id(), job);
        pool.free().decrementAndGet();
        pool.solvers().execute(() -> {
            try {
                work(pool.work(), job);
            } finally {
                running.remove(claim.id());
                pool.free().incrementAndGet();
                wake();
            }
        });
    }

    private void work(JobWork work, Running job) {
        JobQueue.Claim claim = job.claim;
        String outcome;
        try {
            Object result = work.run(claim.parameters(), job);
            if (job.stopped()) {
                return;
            }
            String written = json.writeValueAsString(result);
            if (job.stopped()) {
                return;
            }
            if (queue.succeed(claim, written)) {
                log.info("{} job {} succeeded on {} (attempt {})", claim.kind(), claim.id(), node, claim.attempt());
            }
            return;
        } catch (DataAccessException e) {
            outcome = DATABASE_LOST;
        } catch (RuntimeException | Error e) {
            // an error too ends the job here: left to its lease, it would be started again only to fail again
            if (job.stopped()) {
                return;
            }
            log.warn("{} job {} failed", claim.kind(), claim.id(), e);
            outcome = DatabaseOutage.causedBy(e) ? DATABASE_LOST
                    : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        end(claim, outcome);
    }

    /** Fails a job now, or as soon as the database answers. */
    private void end(JobQueue.Claim claim, String reason) {
        try {
            queue.fail(claim, reason);
        } catch (DataAccessException e) {
            unwritten.put(claim.id(), new Unwritten(claim, DATABASE_LOST));
        }
    }

    /** Every heartbeat: progress and leases of the jobs running here, then the ends not yet written. */
    private void beat() {
        for (Running job : running.values()) {
            if (job.stopped()) {
                continue;
            }
            String overrun = job.overrun();
            if (overrun != null) {
                job.stop();
                end(job.claim, overrun);
                continue;
            }
            try {
                if (!queue.renew(job.claim, job.progress, job.message, settings.lease())) {
                    // cancelled on some node, or its lease ran out and the job went back to the queue
                    job.stop();
                }
            } catch (DataAccessException e) {
                job.stop();
                unwritten.put(job.claim.id(), new Unwritten(job.claim, DATABASE_LOST));
            }
        }
        writeUnwritten();
    }

    /** The ends of jobs this node could not write while the database was away. */
    private void writeUnwritten() {
        for (Unwritten end : List.copyOf(unwritten.values())) {
            try {
                queue.fail(end.claim(), end.reason());
                unwritten.remove(end.claim().id());
            } catch (DataAccessException e) {
                return;
            }
        }
    }

    /** A job running on this node: its progress waiting to be written, and whether it should stop. */
    private final class Running implements JobProgress {

        final JobQueue.Claim claim;
        volatile double progress;
        volatile String message = "starting";
        private volatile boolean stopped;
        private volatile long pacedSince;
        private volatile Duration expected;
        private volatile double paceFrom;
        private volatile double paceTo;

        Running(JobQueue.Claim claim) {
            this.claim = claim;
        }

        @Override
        public synchronized void report(double fraction, String text) {
            progress = Math.max(progress, fraction);
            message = text;
        }

        @Override
        public void paceBy(Duration expectedTime, double from, double to) {
            paceFrom = from;
            paceTo = to;
            expected = expectedTime;
            pacedSince = System.nanoTime();
        }

        @Override
        public boolean stopped() {
            return stopped;
        }

        /** The reason to give the job up when it runs far past its expected time; otherwise moves the bar. */
        synchronized String overrun() {
            if (expected == null) {
                return null;
            }
            double elapsedMillis = (System.nanoTime() - pacedSince) / 1e6;
            double expectedMillis = Math.max(1, expected.toMillis());
            if (elapsedMillis > 2 * expectedMillis + OVERRUN_GRACE_MILLIS) {
                return "the solver did not stop at its time limit of %.0f s".formatted(expectedMillis / 1000);
            }
            progress = Math.max(progress, Math.min(paceTo, paceFrom + (paceTo - paceFrom) * elapsedMillis / expectedMillis));
            return null;
        }

        /**
         * Its answer will be dropped; the solver sees {@link #stopped()} when it next looks. Its thread is not
         * interrupted: an interrupt while OR-Tools loads its native libraries would leave them unusable.
         */
        void stop() {
            stopped = true;
        }
    }

    @Override
    public void start() {
        pools = pools(works.orderedStream().toList());
        clock = Executors.newSingleThreadScheduledExecutor(runnable -> daemon(runnable, "jobs-clock"));
        clock.scheduleWithFixedDelay(this::claimAndSweep, 0, settings.poll().toMillis(), TimeUnit.MILLISECONDS);
        clock.scheduleWithFixedDelay(this::beat, settings.heartbeat().toMillis(), settings.heartbeat().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Stops claiming; jobs still running here are dropped and, their lease no longer renewed, taken up elsewhere. */
    @Override
    public void stop() {
        if (clock != null) {
            clock.shutdownNow();
            clock = null;
        }
        pools.values().forEach(pool -> pool.solvers().shutdown());
        running.values().forEach(Running::stop);
    }

    @Override
    public boolean isRunning() {
        return clock != null;
    }

    private static String nodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "node";
        }
        return host + "-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }
}
