package org.welfareintelligence.optimisation;

/**
 * Budget-constrained maximal covering: open sites whose opening costs add up to at most {@code budget} so that the demand weight within {@code radius} of an open site is largest. Fixed sites are open and cost nothing.
 */
public final class BudgetCovering {

    private final LocationData data;
    private final double radius;
    private final double[] openingCost;
    private final double budget;

    public BudgetCovering(LocationData data, double radius, double[] openingCost, double budget) {
        this.data = data;
        this.radius = radius;
        this.openingCost = openingCost.clone();
        this.budget = budget;
    }

    /** Heuristic answer with a proven bound and gap, within {@code control}'s limits. */
    public LocationSolution solve(SolveControl control) {
        throw new UnsupportedOperationException("BudgetCovering is not implemented yet");
    }

    /** Optimal answer from an exact solver (OR-Tools); for small instances, within {@code control}'s time limit. */
    public LocationSolution solveExact(SolveControl control) {
        throw new UnsupportedOperationException("BudgetCovering is not implemented yet");
    }
}
