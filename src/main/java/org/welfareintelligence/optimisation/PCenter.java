package org.welfareintelligence.optimisation;

/**
 * p-center: open {@code p} sites (fixed ones included) so that the largest cost from a demand point of positive weight to its nearest open site is smallest.
 */
public final class PCenter {

    private final LocationData data;
    private final int p;

    public PCenter(LocationData data, int p) {
        this.data = data;
        this.p = p;
    }

    /** Heuristic answer with a proven bound and gap, within {@code control}'s limits. */
    public LocationSolution solve(SolveControl control) {
        throw new UnsupportedOperationException("PCenter is not implemented yet");
    }

    /** Optimal answer from an exact solver (OR-Tools); for small instances, within {@code control}'s time limit. */
    public LocationSolution solveExact(SolveControl control) {
        throw new UnsupportedOperationException("PCenter is not implemented yet");
    }
}
