package org.welfareintelligence.jobs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code job} table: every change of a job is one statement guarded by its state (and, for the node working
 * it, by its lease and attempt), so that two nodes never both start, finish or requeue the same job.
 */
@Component
class JobQueue {

    /** A job one node has claimed: the lease is held by {@code node} for attempt {@code attempt}. */
    record Claim(String id, String kind, String parameters, String node, int attempt) {
    }

    private static final String COLUMNS = "id, kind, owner, parameters::text AS parameters, state, progress, message, "
            + "error, attempts, created_at, started_at, finished_at";
    private static final RowMapper<Job> JOB = JobQueue::job;

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    JobQueue(NamedParameterJdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /**
     * Queues a job unless {@code maxWaiting} jobs of its kind already wait (then empty). Submissions of one kind
     * are serialised by an advisory lock, so that concurrent ones on several nodes cannot overfill the queue.
     */
    Optional<Job> submit(String id, String kind, String owner, String parameters, int maxWaiting, int maxAttempts) {
        return transaction.execute(status -> {
            MapSqlParameterSource params = new MapSqlParameterSource("id", id).addValue("kind", kind)
                    .addValue("owner", owner).addValue("parameters", parameters).addValue("maxAttempts", maxAttempts);
            jdbc.queryForObject("SELECT pg_advisory_xact_lock(hashtext('job:' || :kind))::text", params, String.class);
            Integer waiting = jdbc.queryForObject("SELECT count(*) FROM job WHERE kind = :kind AND state = 'QUEUED'",
                    params, Integer.class);
            if (waiting != null && waiting >= maxWaiting) {
                return Optional.empty();
            }
            return Optional.of(jdbc.queryForObject("""
                    INSERT INTO job (id, kind, owner, parameters, max_attempts)
                    VALUES (:id, :kind, :owner, CAST(:parameters AS jsonb), :maxAttempts)
                    RETURNING\s""" + COLUMNS, params, JOB));
        });
    }

    Optional<Job> find(String id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM job WHERE id = :id", new MapSqlParameterSource("id", id), JOB)
                .stream().findFirst();
    }

    List<Job> findAll(Collection<String> ids) {
        return jdbc.query("SELECT " + COLUMNS + " FROM job WHERE id IN (:ids)", new MapSqlParameterSource("ids", ids),
                JOB);
    }

    /** The result JSON of a succeeded job. */
    Optional<String> result(String id) {
        return jdbc.queryForList("SELECT result::text FROM job WHERE id = :id AND state = 'SUCCEEDED'",
                new MapSqlParameterSource("id", id), String.class).stream().findFirst();
    }

    /** Ends a job that has not finished as CANCELLED; the node working it sees that at its next renewal. */
    Job cancel(String id) {
        MapSqlParameterSource params = new MapSqlParameterSource("id", id);
        jdbc.update("""
                UPDATE job SET state = 'CANCELLED', message = 'cancelled', finished_at = now(), lease_owner = NULL,
                               lease_expires_at = NULL
                WHERE id = :id AND state IN ('QUEUED', 'RUNNING')""", params);
        return find(id).orElseThrow();
    }

    /** The oldest queued job of the kind, now RUNNING under {@code node}'s lease; empty when none waits. */
    Optional<Claim> claim(String kind, String node, Duration lease) {
        return jdbc.query("""
                UPDATE job SET state = 'RUNNING', attempts = attempts + 1, lease_owner = :node,
                               lease_expires_at = now() + CAST(:leaseMillis AS bigint) * interval '1 millisecond',
                               started_at = now(), message = 'starting', progress = 0
                WHERE id = (SELECT id FROM job WHERE kind = :kind AND state = 'QUEUED' ORDER BY created_at
                            LIMIT 1 FOR UPDATE SKIP LOCKED)
                RETURNING id, kind, parameters::text, attempts""",
                new MapSqlParameterSource("kind", kind).addValue("node", node).addValue("leaseMillis", lease.toMillis()),
                (rs, i) -> new Claim(rs.getString(1), rs.getString(2), rs.getString(3), node, rs.getInt(4)))
                .stream().findFirst();
    }

    /** Writes progress and extends the lease; false when the job is no longer this claim's (cancelled, requeued). */
    boolean renew(Claim claim, double progress, String message, Duration lease) {
        return jdbc.update("""
                UPDATE job SET progress = :progress, message = :message,
                               lease_expires_at = now() + CAST(:leaseMillis AS bigint) * interval '1 millisecond'
                WHERE id = :id AND attempts = :attempt AND lease_owner = :node AND state = 'RUNNING'""",
                owned(claim).addValue("progress", progress).addValue("message", message)
                        .addValue("leaseMillis", lease.toMillis())) == 1;
    }

    boolean succeed(Claim claim, String result) {
        return jdbc.update("""
                UPDATE job SET state = 'SUCCEEDED', progress = 1, message = 'done', result = CAST(:result AS json),
                               finished_at = now(), lease_owner = NULL, lease_expires_at = NULL
                WHERE id = :id AND attempts = :attempt AND lease_owner = :node AND state = 'RUNNING'""",
                owned(claim).addValue("result", result)) == 1;
    }

    /**
     * Fails this claim's attempt of the job, also when its lease ran out and another node put it back in the
     * queue meanwhile (a database outage outlasting the lease), but not once another attempt has started.
     */
    boolean fail(Claim claim, String reason) {
        return jdbc.update("""
                UPDATE job SET state = 'FAILED', message = 'failed', error = :reason, finished_at = now(),
                               lease_owner = NULL, lease_expires_at = NULL
                WHERE id = :id AND attempts = :attempt
                  AND (state = 'RUNNING' AND lease_owner = :node OR state = 'QUEUED')""",
                owned(claim).addValue("reason", reason)) == 1;
    }

    /**
     * Jobs whose lease ran out (their node stopped or lost the database): back to the queue, or FAILED once started
     * as often as they may be. Returns how many were requeued and failed.
     */
    int[] reclaimExpiredLeases() {
        MapSqlParameterSource none = new MapSqlParameterSource();
        int requeued = jdbc.update("""
                UPDATE job SET state = 'QUEUED', lease_owner = NULL, lease_expires_at = NULL, progress = 0,
                               message = 'waiting again: the node working it stopped'
                WHERE state = 'RUNNING' AND lease_expires_at < now() AND attempts < max_attempts""", none);
        int failed = jdbc.update("""
                UPDATE job SET state = 'FAILED', message = 'failed', finished_at = now(), lease_owner = NULL,
                               lease_expires_at = NULL,
                               error = 'the job was started ' || attempts || CASE WHEN attempts = 1 THEN ' time' ELSE ' times' END
                                       || ' and the node working it stopped each time before it finished: submit it again'
                WHERE state = 'RUNNING' AND lease_expires_at < now() AND attempts >= max_attempts""", none);
        return new int[] {requeued, failed};
    }

    /** Forgets finished jobs of a kind older than their time to live. */
    int purge(String kind, Duration timeToLive) {
        return jdbc.update("""
                DELETE FROM job WHERE kind = :kind
                  AND finished_at < now() - CAST(:ttlMillis AS bigint) * interval '1 millisecond'""",
                new MapSqlParameterSource("kind", kind).addValue("ttlMillis", timeToLive.toMillis()));
    }

    private static MapSqlParameterSource owned(Claim claim) {
        return new MapSqlParameterSource("id", claim.id()).addValue("attempt", claim.attempt())
                .addValue("node", claim.node());
    }

    private static Job job(ResultSet rs, int row) throws SQLException {
        return new Job(rs.getString("id"), rs.getString("kind"), rs.getString("owner"), rs.getString("parameters"),
                Job.State.valueOf(rs.getString("state")), rs.getDouble("progress"), rs.getString("message"),
                rs.getString("error"), rs.getInt("attempts"), instant(rs, "created_at"), instant(rs, "started_at"),
                instant(rs, "finished_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
