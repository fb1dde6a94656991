package org.welfareintelligence.optimisation;

import java.util.function.BooleanSupplier;

/**
 * How long and how hard a solver may work, and how it reports back. Every model's {@code solve}
 * honours all of it: it stops at the time limit, at the target gap, when {@code cancelled} answers
 * true or when its thread is interrupted, and always returns the best answer found so far.
 *
 * @param seed            seed of every random choice: the same seed and data give the same answer
 *                        unless the time limit cuts the search short
 * @param timeLimitMillis wall-clock limit of the whole solve, positive
 * @param targetGap       stop once (upper bound − lower bound) / |objective| is at most this (0 = prove optimality)
 * @param iterationLimit  cap on the search's improvement rounds, positive (the solver's own unit; see each model)
 * @param threads         worker threads a solver may use, positive
 * @param progress        receives progress reports
 * @param cancelled       polled during the search; true stops it
 */
public record SolveControl(
        long seed,
        long timeLimitMillis,
        double targetGap,
        int iterationLimit,
        int threads,
        ProgressListener progress,
        BooleanSupplier cancelled) {

    public SolveControl {
        if (timeLimitMillis <= 0) {
            throw new IllegalArgumentException("time limit must be positive, got " + timeLimitMillis + " ms");
        }
        if (!(targetGap >= 0)) {
            throw new IllegalArgumentException("target gap must be non-negative, got " + targetGap);
        }
        if (iterationLimit <= 0) {
            throw new IllegalArgumentException("iteration limit must be positive, got " + iterationLimit);
        }
        if (threads <= 0) {
            throw new IllegalArgumentException("threads must be positive, got " + threads);
        }
        progress = progress == null ? ProgressListener.NONE : progress;
        cancelled = cancelled == null ? () -> false : cancelled;
    }

    /** Seed 1, 10 s, gap 0, 3,000 rounds, 2 threads, no progress reports, never cancelled. */
    public static SolveControl defaults() {
        return new SolveControl(1L, 10_000, 0.0, 3_000, 2, ProgressListener.NONE, () -> false);
    }

    public SolveControl withSeed(long newSeed) {
        return new SolveControl(newSeed, timeLimitMillis, targetGap, iterationLimit, threads, progress, cancelled);
    }

    public SolveControl withTimeLimit(long millis) {
        return new SolveControl(seed, millis, targetGap, iterationLimit, threads, progress, cancelled);
    }

    public SolveControl withTargetGap(double gap) {
        return new SolveControl(seed, timeLimitMillis, gap, iterationLimit, threads, progress, cancelled);
    }

    public SolveControl withIterationLimit(int limit) {
        return new SolveControl(seed, timeLimitMillis, targetGap, limit, threads, progress, cancelled);
    }

    public SolveControl withThreads(int count) {
        return new SolveControl(seed, timeLimitMillis, targetGap, iterationLimit, count, progress, cancelled);
    }

    public SolveControl withProgress(ProgressListener listener) {
        return new SolveControl(seed, timeLimitMillis, targetGap, iterationLimit, threads, listener, cancelled);
    }

    public SolveControl withCancellation(BooleanSupplier isCancelled) {
        return new SolveControl(seed, timeLimitMillis, targetGap, iterationLimit, threads, progress, isCancelled);
    }

    /** True when the caller cancelled or interrupted the solving thread. */
    public boolean isCancelled() {
        return cancelled.getAsBoolean() || Thread.currentThread().isInterrupted();
    }
}
