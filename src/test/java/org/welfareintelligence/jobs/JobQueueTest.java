package org.welfareintelligence.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.welfareintelligence.support.PostgisTest;

/**
 * The queue's rules on the real database, with claimers named as two nodes would be (a kind no worker of this
 * application runs, so only the test claims it).
 */
class JobQueueTest extends PostgisTest {

    private static final String KIND = "queue-test";
    private static final Duration LEASE = Duration.ofSeconds(30);

    @Autowired
    private JobQueue queue;
    @Autowired
    private JdbcTemplate jdbc;

    @BeforeEach
    void emptyQueue() {
        jdbc.update("DELETE FROM job WHERE kind = ?", KIND);
    }

    @Test
    void twoClaimersNeverTakeTheSameJob() throws Exception {
        List<String> submitted = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            submitted.add(submit(2).id());
        }
        List<String> claimed = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> taken = new ArrayList<>();
            for (String node : List.of("node-a", "node-b")) {
                taken.add(nodes.submit(() -> {
                    go.await();
                    int count = 0;
                    for (Optional<JobQueue.Claim> claim = queue.claim(KIND, node, LEASE); claim.isPresent();
                         claim = queue.claim(KIND, node, LEASE)) {
                        claimed.add(claim.get().id());
                        count++;
                    }
                    return count;
                }));
            }
            go.countDown();
            assertThat(taken.get(0).get() + taken.get(1).get()).isEqualTo(40);
        } finally {
            nodes.shutdownNow();
        }
        assertThat(claimed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(submitted);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM job WHERE kind = ? AND state = 'RUNNING' AND attempts = 1",
                Integer.class, KIND)).isEqualTo(40);
    }

    @Test
    void anExpiredLeaseGoesBackToTheQueueAndFailsAfterTheLastAttempt() throws Exception {
        Job job = submit(2);
        JobQueue.Claim first = claimAndStop("node-a");
        assertThat(state(job)).isEqualTo(Job.State.QUEUED);
        assertThat(queue.find(job.id()).orElseThrow().message()).isEqualTo("waiting again: the node working it stopped");
        assertThat(queue.renew(first, 0.5, "late", LEASE)).as("the stopped node's lease is gone").isFalse();

        JobQueue.Claim second = claimAndStop("node-b");
        assertThat(second.id()).isEqualTo(job.id());
        assertThat(second.attempt()).isEqualTo(2);
        assertThat(queue.succeed(first, "{}")).as("the first attempt can no longer finish it").isFalse();
        Job failed = queue.find(job.id()).orElseThrow();
        assertThat(failed.state()).isEqualTo(Job.State.FAILED);
        assertThat(failed.error()).isEqualTo("the job was started 2 times and the node working it stopped each time "
                + "before it finished: submit it again");
        assertThat(failed.finishedAt()).isNotNull();
        assertThat(queue.claim(KIND, "node-a", LEASE)).isEmpty();
    }

    @Test
    void aJobCancelledOnOneNodeIsSeenAsCancelledByTheNodeWorkingIt() {
        Job job = submit(2);
        JobQueue.Claim working = queue.claim(KIND, "node-a", LEASE).orElseThrow();
        assertThat(queue.renew(working, 0.3, "searching", LEASE)).isTrue();
        assertThat(queue.find(job.id()).orElseThrow().progress()).isEqualTo(0.3);

        Job cancelled = queue.cancel(job.id());
        assertThat(cancelled.state()).isEqualTo(Job.State.CANCELLED);
        assertThat(queue.renew(working, 0.6, "searching", LEASE)).as("the working node's next renewal").isFalse();
        assertThat(queue.succeed(working, "{\"answer\": 1}")).isFalse();
        assertThat(queue.fail(working, "interrupted")).isFalse();
        assertThat(state(job)).isEqualTo(Job.State.CANCELLED);
        assertThat(queue.result(job.id())).isEmpty();

        Job finished = submit(2);
        JobQueue.Claim done = queue.claim(KIND, "node-b", LEASE).orElseThrow();
        assertThat(queue.succeed(done, "{\"answer\": 42}")).isTrue();
        assertThat(queue.cancel(finished.id()).state()).as("a finished job is left as it is")
                .isEqualTo(Job.State.SUCCEEDED);
        assertThat(queue.result(finished.id())).hasValue("{\"answer\": 42}");
    }

    @Test
    void aJobThatLostTheDatabaseFailsSayingSoEvenWhenItsLeaseRanOutMeanwhile() throws Exception {
        Job job = submit(2);
        // the outage outlasted the lease: another node put the job back in the queue before the end was written
        JobQueue.Claim lost = claimAndStop("node-a");
        assertThat(queue.fail(lost, JobWorkers.DATABASE_LOST)).isTrue();
        Job failed = queue.find(job.id()).orElseThrow();
        assertThat(failed.state()).isEqualTo(Job.State.FAILED);
        assertThat(failed.error()).isEqualTo(JobWorkers.DATABASE_LOST);
        assertThat(queue.claim(KIND, "node-b", LEASE)).as("not run again").isEmpty();
    }

    @Test
    void aFullWaitingQueueRefusesTheNextJobAndFinishedJobsAreForgottenAfterTheirTimeToLive() {
        submit(2);
        submit(2);
        assertThat(queue.submit(UUID.randomUUID().toString(), KIND, "ada", "{}", 2, 2)).isEmpty();
        JobQueue.Claim claim = queue.claim(KIND, "node-a", LEASE).orElseThrow();
        assertThat(queue.submit(UUID.randomUUID().toString(), KIND, "ada", "{}", 2, 2))
                .as("a claimed job no longer waits").isPresent();

        queue.succeed(claim, "{}");
        jdbc.update("UPDATE job SET finished_at = now() - interval '3 hours' WHERE id = ?", claim.id());
        assertThat(queue.purge(KIND, Duration.ofHours(2))).isEqualTo(1);
        assertThat(queue.find(claim.id())).isEmpty();
        assertThat(queue.purge(KIND, Duration.ofHours(2))).as("unfinished jobs stay").isZero();
    }

    /** Claims the next job as {@code node}, which then renews nothing: its lease runs out and is reclaimed. */
    private JobQueue.Claim claimAndStop(String node) throws InterruptedException {
        JobQueue.Claim claim = queue.claim(KIND, node, Duration.ofMillis(1)).orElseThrow();
        Thread.sleep(20);
        queue.reclaimExpiredLeases();
        return claim;
    }

    private Job submit(int maxAttempts) {
        return queue.submit(UUID.randomUUID().toString(), KIND, "ada", "{\"question\": 1}", 100, maxAttempts)
                .orElseThrow();
    }

    private Job.State state(Job job) {
        return queue.find(job.id()).orElseThrow().state();
    }
}
