package org.welfareintelligence.security;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Token buckets in PostgreSQL, so that every application node spends the same budget: a bucket holds at most
 * {@code perMinute} tokens, refilled continuously at that rate; each request takes one, and with none left it
 * must wait. The time is the database's, the same for all nodes (tests pass their own). One statement per
 * request in the usual case; the row lock orders concurrent requests of one client.
 */
@Component
class SharedBuckets {

    private static final String NOW = "coalesce(CAST(:now AS double precision), extract(epoch FROM statement_timestamp()))";
    private static final int SWEEP_EVERY = 1_000;

    private final NamedParameterJdbcTemplate jdbc;
    private final AtomicLong calls = new AtomicLong();

    SharedBuckets(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes a token now; returns 0 when granted, else the nanoseconds until a token will be there. */
    long tryTake(String budget, String client, int perMinute) {
        return tryTake(budget, client, perMinute, null);
    }

    /** As {@link #tryTake(String, String, int)} at {@code nowSeconds} (epoch seconds). */
    long tryTake(String budget, String client, int perMinute, Double nowSeconds) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("a request budget needs at least 1 request per minute");
        }
        MapSqlParameterSource params = new MapSqlParameterSource("budget", budget).addValue("client", client)
                .addValue("capacity", (double) perMinute).addValue("rate", perMinute / 60.0).addValue("now", nowSeconds);
        if (calls.incrementAndGet() % SWEEP_EVERY == 0) {
            jdbc.update("DELETE FROM rate_limit_bucket WHERE updated_at < " + NOW + " - 60", params);
        }
        for (int attempt = 0; attempt < 2; attempt++) {
            List<double[]> taken = jdbc.query("""
                    WITH t AS (SELECT %s AS now),
                    refilled AS (
                        SELECT b.budget, b.client, t.now,
                               least(:capacity, b.tokens + greatest(0, t.now - b.updated_at) * :rate) AS tokens
                        FROM rate_limit_bucket b, t WHERE b.budget = :budget AND b.client = :client FOR UPDATE OF b)
                    UPDATE rate_limit_bucket b
                    SET granted = r.tokens >= 1, tokens = r.tokens - CASE WHEN r.tokens >= 1 THEN 1 ELSE 0 END,
                        updated_at = greatest(b.updated_at, r.now)
                    FROM refilled r WHERE b.budget = r.budget AND b.client = r.client
                    RETURNING b.granted, b.tokens""".formatted(NOW), params,
                    (rs, i) -> new double[] {rs.getBoolean(1) ? 1 : 0, rs.getDouble(2)});
            if (!taken.isEmpty()) {
                double[] bucket = taken.get(0);
                return bucket[0] == 1 ? 0 : (long) Math.ceil((1 - bucket[1]) / (perMinute / 60.0) * TimeUnit.SECONDS.toNanos(1));
            }
            int created = jdbc.update("""
                    INSERT INTO rate_limit_bucket (budget, client, tokens, updated_at, granted)
                    VALUES (:budget, :client, :capacity - 1, %s, true) ON CONFLICT DO NOTHING""".formatted(NOW), params);
            if (created == 1) {
                return 0;
            }
        }
        throw new IllegalStateException("the request budget of " + client + " could not be read");
    }
}
