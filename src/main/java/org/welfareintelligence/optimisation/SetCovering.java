package org.welfareintelligence.optimisation;

/**
 * Location set covering (LSCP, Toregas et al. 1971): fewest open sites (fixed ones included) such that
 * every demand point of positive weight that some openable site reaches within {@code radius} is covered.
 *
 * <p>{@link #solve}: greedy cover, then for q = one site fewer, repeatedly, a maximal covering search
 * with q sites; when it covers everything, q sites suffice. The lower bound is q + 1 for the largest q
 * whose maximal covering upper bound ({@link CoverageBound}) falls short of full coverage.
 */
public final class SetCovering implements LocationModel {

    private static final int BOUND_STEPS = 300;

    private final LocationData data;
    private final double radius;

    public SetCovering(LocationData data, double radius) {
        if (data == null) {
            throw new IllegalArgumentException("location data is missing");
        }
        Coverage.requireRadius(radius);
        this.data = data;
        this.radius = radius;
    }

    @Override
    public LocationSolution solve(SolveControl control) {
        SolveClock clock = new SolveClock(control);
        Coverage coverage = new Coverage(data, radius);
        double target = coverage.coverableWeight;
        int fixedCount = coverage.fixedCount();
        CoverageSearch greedy = new CoverageSearch(coverage, coverage.siteCount());
        int size = greedy.greedyUntil(target);
        int[] best = greedy.openSites();
        int iterations = 0;
        int lower = Math.max(fixedCount, target > 0 ? 1 : 0);
        for (int q = size - 1; q >= lower && !clock.mustStop(); q--) {
            control.progress().progress(clock.elapsedFraction(), "trying " + q + " sites");
            if (provenTooFew(coverage, q, target, clock)) {
                lower = q + 1;
                break;
            }
            CoverageSearch search = new CoverageSearch(coverage, q);
            search.greedy();
            search.search(control, clock, target - 1e-9 * Math.max(1, target));
            iterations += search.rounds;
            if (search.covered() < target - 1e-9 * Math.max(1, target)) {
                break;
            }
            best = search.openSites();
        }
        // the loop may stop on a failed search: look for a proof further down
        for (int q = best.length - 1; q >= lower && !clock.mustStop(); q--) {
            if (provenTooFew(coverage, q, target, clock)) {
                lower = q + 1;
                break;
            }
        }
        control.progress().progress(1, "done");
        return answer(best, lower, clock, null, iterations);
    }

    /** Proven optimum by OR-Tools (MIP); for small instances. */
    @Override
    public LocationSolution solveExact(SolveControl control) {
        SolveClock clock = new SolveClock(control);
        ExactModels.Result exact = ExactModels.setCovering(data, radius, control);
        double lower = exact.optimal() ? exact.openSites().length : Math.ceil(exact.bound() - 1e-6);
        return answer(exact.openSites(), lower, clock, exact.stop(),
                (int) exact.nodes());
    }

    private static boolean provenTooFew(Coverage coverage, int q, double target, SolveClock clock) {
        if (q < coverage.fixedCount() || q == 0) {
            return target > 0 || q < coverage.fixedCount();
        }
        CoverageSearch greedy = new CoverageSearch(coverage, q);
        greedy.greedy();
        double shortOf = target - 1e-6 * Math.max(1, target);
        CoverageBound bound = new CoverageBound(coverage, q, null, 0);
        return bound.run(BOUND_STEPS, greedy.covered(), shortOf, clock) < shortOf;
    }

    private LocationSolution answer(int[] openSites, double lower, SolveClock clock, StopReason known,
            int iterations) {
        LocationSolution covering = CoveringAnswer.of(data, radius, openSites, Double.NaN, clock, known, iterations);
        double objective = openSites.length;
        double gap = LocationSolution.gap(lower, objective, objective);
        StopReason stop = known != null ? known : clock.stopReason(gap);
        return new LocationSolution(covering.openSites(), covering.assignment(), objective, lower, objective, gap,
                clock.millis(), stop, covering.siteContribution(), iterations);
    }
}
