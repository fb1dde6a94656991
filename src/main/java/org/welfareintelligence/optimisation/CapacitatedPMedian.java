package org.welfareintelligence.optimisation;

/**
 * Capacitated p-median: open {@code p} sites; each demand point is served by one open site whose total served weight stays within its capacity; minimise weighted cost.
 */
public final class CapacitatedPMedian {

    private final LocationData data;
    private final int p;
    private final double[] capacity;

    public CapacitatedPMedian(LocationData data, int p, double[] capacity) {
        this.data = data;
        this.p = p;
        this.capacity = capacity.clone();
    }

    /** Heuristic answer with a proven bound and gap, within {@code control}'s limits. */
    public LocationSolution solve(SolveControl control) {
        throw new UnsupportedOperationException("CapacitatedPMedian is not implemented yet");
    }

    /** Optimal answer from an exact solver (OR-Tools); for small instances, within {@code control}'s time limit. */
    public LocationSolution solveExact(SolveControl control) {
        throw new UnsupportedOperationException("CapacitatedPMedian is not implemented yet");
    }
}
