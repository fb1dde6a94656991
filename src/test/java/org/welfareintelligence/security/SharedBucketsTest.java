package org.welfareintelligence.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.welfareintelligence.support.PostgisTest;

/** Token buckets in PostgreSQL, at times the test chooses (epoch seconds), and shared by two nodes. */
class SharedBucketsTest extends PostgisTest {

    private static final long SECOND = 1_000_000_000L;

    @Autowired
    SharedBuckets buckets;

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @Test
    void grantsTheCapacityThenTellsHowLongToWait() {
        // 3 tokens refilled at 3 per 60 s, i.e. one token every 20 s
        String client = client();
        assertThat(buckets.tryTake("test", client, 3, 0.0)).isZero();
        assertThat(buckets.tryTake("test", client, 3, 0.0)).isZero();
        assertThat(buckets.tryTake("test", client, 3, 0.0)).isZero();
        // empty at t = 0: the next token is complete after 20 s
        assertThat(buckets.tryTake("test", client, 3, 0.0)).isEqualTo(20 * SECOND);
        // at t = 5 s a quarter of a token has come back: 15 s to go
        assertThat(buckets.tryTake("test", client, 3, 5.0)).isEqualTo(15 * SECOND);
        // at t = 20 s one whole token: granted, and empty again
        assertThat(buckets.tryTake("test", client, 3, 20.0)).isZero();
        assertThat(buckets.tryTake("test", client, 3, 20.0)).isEqualTo(20 * SECOND);
    }

    @Test
    void neverHoldsMoreThanItsCapacity() {
        String client = client();
        assertThat(buckets.tryTake("test", client, 2, 0.0)).isZero();
        // an hour idle refills 120 tokens' worth, capped at 2
        assertThat(buckets.tryTake("test", client, 2, 3600.0)).isZero();
        assertThat(buckets.tryTake("test", client, 2, 3600.0)).isZero();
        assertThat(buckets.tryTake("test", client, 2, 3600.0)).isEqualTo(30 * SECOND);
    }

    @Test
    void twoNodesSpendOneBudget() {
        SharedBuckets otherNode = new SharedBuckets(jdbc);
        String client = client();
        assertThat(buckets.tryTake("test", client, 2, 0.0)).isZero();
        assertThat(otherNode.tryTake("test", client, 2, 0.0)).isZero();
        assertThat(buckets.tryTake("test", client, 2, 0.0)).isPositive();
        assertThat(otherNode.tryTake("test", client, 2, 0.0)).isPositive();
        // another budget of the same client is its own
        assertThat(otherNode.tryTake("other", client, 2, 0.0)).isZero();
    }

    @Test
    void refusesANonsensicalBudget() {
        assertThatThrownBy(() -> buckets.tryTake("test", client(), 0, 0.0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static String client() {
        return "client-" + System.nanoTime();
    }
}
