package org.welfareintelligence.optimisation;

/**
 * Maximal covering location (MCLP, Church and ReVelle 1974): open {@code p} sites (fixed ones
 * included) so that the demand weight within {@code radius} of an open site is largest.
 *
 * <p>{@link #solve}: greedy, swap descent and variable neighbourhood search ({@link CoverageSearch},
 * {@code control.iterationLimit()} shakes), bounded above by Lagrangean relaxation ({@link CoverageBound}).
 * Points are assigned to their nearest open site within the radius, or -1.
 */
public final class MaximalCovering implements LocationModel {

    private static final int BOUND_STEPS = 300;

    private final LocationData data;
    private final int p;
    private final double radius;

    public MaximalCovering(LocationData data, int p, double radius) {
        if (data == null) {
            throw new IllegalArgumentException("location data is missing");
        }
        data.requireSiteCount(p);
        Coverage.requireRadius(radius);
        this.data = data;
        this.p = p;
        this.radius = radius;
    }

    @Override
    public LocationSolution solve(SolveControl control) {
        SolveClock clock = new SolveClock(control);
        Coverage coverage = new Coverage(data, radius);
        CoverageSearch search = new CoverageSearch(coverage, p);
        search.greedy();
        search.descend(clock);
        control.progress().progress(clock.elapsedFraction(), "upper bound");
        CoverageBound bound = new CoverageBound(coverage, p, null, 0);
        double upper = CoveringAnswer.roundedUpper(data,
                Math.min(coverage.coverableWeight, bound.run(BOUND_STEPS, search.covered(), Double.NEGATIVE_INFINITY, clock)));
        control.progress().progress(clock.elapsedFraction(), "search");
        search.search(control, clock, upper / (1 + control.targetGap()) - 1e-9 * Math.max(1, upper));
        control.progress().progress(1, "done");
        return CoveringAnswer.of(data, radius, search.openSites(), upper, clock, null,
                search.rounds + bound.iterations);
    }

    /** Proven optimum by OR-Tools (MIP); for small instances. */
    @Override
    public LocationSolution solveExact(SolveControl control) {
        SolveClock clock = new SolveClock(control);
        ExactModels.Result exact = ExactModels.maximalCovering(data, p, radius, control);
        return CoveringAnswer.exact(data, radius, exact, clock);
    }
}
