package org.welfareintelligence.optimisation;

/**
 * Budget-constrained maximal covering: open sites whose opening costs add up to at most {@code budget}
 * so that the demand weight within {@code radius} of an open site is largest. Fixed sites are open and
 * cost nothing. {@code openingCost} is indexed by site of the cost matrix.
 *
 * <p>{@link #solve}: cost-effectiveness greedy, descent by additions and swaps that fit the budget, and
 * variable neighbourhood search ({@link CoverageSearch}); upper bound by Lagrangean relaxation with a
 * fractional knapsack over the sites ({@link CoverageBound}).
 */
public final class BudgetCovering implements LocationModel {

    private static final int BOUND_STEPS = 300;

    private final LocationData data;
    private final double radius;
    private final double[] openingCost;
    private final double budget;

    public BudgetCovering(LocationData data, double radius, double[] openingCost, double budget) {
        if (data == null) {
            throw new IllegalArgumentException("location data is missing");
        }
        Coverage.requireRadius(radius);
        data.requirePerSite("opening costs", "opening cost", openingCost);
        if (!(budget >= 0) || Double.isInfinite(budget)) {
            throw new IllegalArgumentException("budget must be finite and non-negative, got " + budget);
        }
        this.data = data;
        this.radius = radius;
        this.openingCost = openingCost.clone();
        this.budget = budget;
    }

    @Override
    public LocationSolution solve(SolveControl control) {
        SolveClock clock = new SolveClock(control);
        Coverage coverage = new Coverage(data, radius);
        double[] localCost = new double[coverage.siteCount()];
        for (int j = 0; j < localCost.length; j++) {
            localCost[j] = openingCost[coverage.openable[j]];
        }
        CoverageSearch search = new CoverageSearch(coverage, localCost, budget);
        search.greedy();
        search.descend(clock);
        control.progress().progress(clock.elapsedFraction(), "upper bound");
        CoverageBound bound = new CoverageBound(coverage, 0, localCost, budget);
        double upper = CoveringAnswer.roundedUpper(data, Math.min(coverage.coverableWeight,
                bound.run(BOUND_STEPS, search.covered(), Double.NEGATIVE_INFINITY, clock)));
        control.progress().progress(clock.elapsedFraction(), "search");
        search.search(control, clock, upper / (1 + control.targetGap()) - 1e-9 * Math.max(1, upper));
        control.progress().progress(1, "done");
        return CoveringAnswer.of(data, radius, search.openSites(), upper, clock, null, search.rounds + bound.iterations);
    }

    /** Proven optimum by OR-Tools (MIP); for small instances. */
    @Override
    public LocationSolution solveExact(SolveControl control) {
        SolveClock clock = new SolveClock(control);
        ExactModels.Result exact = ExactModels.budgetCovering(data, radius, openingCost, budget, control);
        return CoveringAnswer.exact(data, radius, exact, clock);
    }
}
