package org.welfareintelligence.optimisation;

/**
 * p-median: open {@code p} sites (fixed ones included) so that the weighted sum of costs from each demand point to its nearest open site is smallest.
 */
public final class PMedian {

    private final LocationData data;
    private final int p;

    public PMedian(LocationData data, int p) {
        this.data = data;
        this.p = p;
    }

    /** Heuristic answer with a proven bound and gap, within {@code control}'s limits. */
    public LocationSolution solve(SolveControl control) {
        throw new UnsupportedOperationException("PMedian is not implemented yet");
    }

    /** Optimal answer from an exact solver (OR-Tools); for small instances, within {@code control}'s time limit. */
    public LocationSolution solveExact(SolveControl control) {
        throw new UnsupportedOperationException("PMedian is not implemented yet");
    }
}
