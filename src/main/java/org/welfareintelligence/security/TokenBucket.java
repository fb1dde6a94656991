package org.welfareintelligence.security;

/**
 * A token bucket: holds at most {@code capacity} tokens, refilled continuously at {@code capacity} per
 * {@code periodNanos}. Each request takes one token; with none left it must wait. Plain Java, no clock
 * of its own: callers pass the time, so that it is tested without sleeping.
 */
final class TokenBucket {

    private final int capacity;
    private final double tokensPerNano;
    private double tokens;
    private long updatedAt;

    TokenBucket(int capacity, long periodNanos, long now) {
        if (capacity < 1 || periodNanos < 1) {
            throw new IllegalArgumentException("a token bucket needs a capacity and a period of at least 1");
        }
        this.capacity = capacity;
        this.tokensPerNano = (double) capacity / periodNanos;
        this.tokens = capacity;
        this.updatedAt = now;
    }

    /**
     * Takes one token at time {@code now}. Returns 0 when granted, else the nanoseconds until a token
     * will be there.
     */
    synchronized long tryTake(long now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - tokens) / tokensPerNano);
    }

    /** Whether the bucket is full at {@code now}, i.e. it holds no memory worth keeping. */
    synchronized boolean fullAt(long now) {
        refill(now);
        return tokens >= capacity;
    }

    private void refill(long now) {
        if (now > updatedAt) {
            tokens = Math.min(capacity, tokens + (now - updatedAt) * tokensPerNano);
            updatedAt = now;
        }
    }
}
