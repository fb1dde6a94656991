package org.welfareintelligence.optimisation;

/**
 * Maximal covering location (MCLP): open {@code p} sites (fixed ones included) so that the demand weight within {@code radius} of an open site is largest.
 */
public final class MaximalCovering {

    private final LocationData data;
    private final int p;
    private final double radius;

    public MaximalCovering(LocationData data, int p, double radius) {
        this.data = data;
        this.p = p;
        this.radius = radius;
    }

    /** Heuristic answer with a proven bound and gap, within {@code control}'s limits. */
    public LocationSolution solve(SolveControl control) {
        throw new UnsupportedOperationException("MaximalCovering is not implemented yet");
    }

    /** Optimal answer from an exact solver (OR-Tools); for small instances, within {@code control}'s time limit. */
    public LocationSolution solveExact(SolveControl control) {
        throw new UnsupportedOperationException("MaximalCovering is not implemented yet");
    }
}
