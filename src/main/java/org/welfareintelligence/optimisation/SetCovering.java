package org.welfareintelligence.optimisation;

/**
 * Location set covering (LSCP): fewest open sites (fixed ones included) such that every demand point that some openable site can reach within {@code radius} is covered.
 */
public final class SetCovering {

    private final LocationData data;
    private final double radius;

    public SetCovering(LocationData data, double radius) {
        this.data = data;
        this.radius = radius;
    }

    /** Heuristic answer with a proven bound and gap, within {@code control}'s limits. */
    public LocationSolution solve(SolveControl control) {
        throw new UnsupportedOperationException("SetCovering is not implemented yet");
    }

    /** Optimal answer from an exact solver (OR-Tools); for small instances, within {@code control}'s time limit. */
    public LocationSolution solveExact(SolveControl control) {
        throw new UnsupportedOperationException("SetCovering is not implemented yet");
    }
}
