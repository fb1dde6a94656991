package org.welfareintelligence.optimisation;

/** Why a solver returned. */
public enum StopReason {
    /** The answer is proven optimal (bound equals objective). */
    OPTIMAL,
    /** The bound gap fell to the requested target gap. */
    GAP_REACHED,
    /** The time limit ran out; the answer is the best found so far. */
    TIME_LIMIT,
    /** The search used its whole iteration budget (or converged) without proving optimality. */
    ITERATIONS,
    /** Cancelled by the caller; the answer is the best found so far. */
    CANCELLED
}
