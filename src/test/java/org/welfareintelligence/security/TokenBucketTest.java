package org.welfareintelligence.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TokenBucketTest {

    /** A bucket of 3 tokens refilled at 3 per 60 s, i.e. one token every 20 s = 20e9 ns. */
    private static final long SECOND = 1_000_000_000L;

    @Test
    void grantsTheCapacityThenTellsHowLongToWait() {
        TokenBucket bucket = new TokenBucket(3, 60 * SECOND, 0);
        assertThat(bucket.tryTake(0)).isZero();
        assertThat(bucket.tryTake(0)).isZero();
        assertThat(bucket.tryTake(0)).isZero();
        // empty at t = 0: the next token is complete after 20 s
        assertThat(bucket.tryTake(0)).isEqualTo(20 * SECOND);
        // at t = 5 s a quarter of a token has come back: 15 s to go
        assertThat(bucket.tryTake(5 * SECOND)).isEqualTo(15 * SECOND);
        // at t = 20 s one whole token: granted, and empty again
        assertThat(bucket.tryTake(20 * SECOND)).isZero();
        assertThat(bucket.tryTake(20 * SECOND)).isEqualTo(20 * SECOND);
    }

    @Test
    void neverHoldsMoreThanItsCapacity() {
        TokenBucket bucket = new TokenBucket(2, 60 * SECOND, 0);
        // an hour idle refills 120 tokens' worth, capped at 2
        assertThat(bucket.fullAt(3600 * SECOND)).isTrue();
        assertThat(bucket.tryTake(3600 * SECOND)).isZero();
        assertThat(bucket.fullAt(3600 * SECOND)).isFalse();
        assertThat(bucket.tryTake(3600 * SECOND)).isZero();
        assertThat(bucket.tryTake(3600 * SECOND)).isEqualTo(30 * SECOND);
    }

    @Test
    void refusesANonsensicalBudget() {
        assertThatThrownBy(() -> new TokenBucket(0, SECOND, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
