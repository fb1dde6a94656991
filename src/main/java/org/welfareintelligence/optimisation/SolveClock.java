package org.welfareintelligence.optimisation;

/** Start time and deadline of one solve, and the stop reason they imply. */
final class SolveClock {

    private final SolveControl control;
    private final long start;
    private final long deadline;

    SolveClock(SolveControl control) {
        this.control = control;
        this.start = System.nanoTime();
        this.deadline = start + control.timeLimitMillis() * 1_000_000L;
    }

    long deadlineNanos() {
        return deadline;
    }

    /** Deadline after {@code share} of the time that is left. */
    long deadlineAfterShare(double share) {
        long now = System.nanoTime();
        return now + (long) (Math.max(0, deadline - now) * share);
    }

    boolean mustStop() {
        return System.nanoTime() > deadline || control.isCancelled();
    }

    long millis() {
        return (System.nanoTime() - start) / 1_000_000L;
    }

    double elapsedFraction() {
        return Math.min(1.0, (System.nanoTime() - start) / (double) (deadline - start));
    }

    /** Why a solve that reached {@code gap} stops now. */
    StopReason stopReason(double gap) {
        if (gap <= 1e-12) {
            return StopReason.OPTIMAL;
        }
        if (gap <= control.targetGap()) {
            return StopReason.GAP_REACHED;
        }
        if (control.isCancelled()) {
            return StopReason.CANCELLED;
        }
        return System.nanoTime() > deadline ? StopReason.TIME_LIMIT : StopReason.ITERATIONS;
    }

    /** Largest objective of a minimisation that still meets the target gap against {@code lowerBound}. */
    double targetFor(double lowerBound) {
        double target = control.targetGap();
        if (!(lowerBound > Double.NEGATIVE_INFINITY)) {
            return Double.NEGATIVE_INFINITY;
        }
        return target >= 1 ? Double.POSITIVE_INFINITY : lowerBound / (1 - target) + 1e-9 * Math.abs(lowerBound);
    }
}
