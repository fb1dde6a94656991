package org.welfareintelligence.siting;

import org.welfareintelligence.optimisation.LocationSolution;

/**
 * What a solver returned for a siting problem; bounds are {@code null} when the solver proves none.
 *
 * @param openSites        open site indices (existing ones included), ascending
 * @param assignment       the site serving each demand point as the model decided (-1 unserved), or
 *                         {@code null} when every point simply goes to its nearest open site
 * @param objective        the model's objective (person-metres, covered people, sites, metres)
 * @param lowerBound       proven lower bound (minimising) or the objective found (maximising)
 * @param upperBound       the objective found (minimising) or a proven upper bound (maximising)
 * @param gap              relative gap between the bounds
 * @param stopReason       why the solver stopped
 * @param millis           solver wall-clock time
 * @param iterations       improvement rounds or bound steps, for the record
 * @param siteContribution for each open site, how much the objective worsens when it alone closes
 *                         ({@code null} when the solver does not say)
 * @param todayAssignment  how the same model serves the points from today's sites alone (capacities make it
 *                         differ from nearest-site), or {@code null} when every point goes to its nearest site
 * @param division         how a model that may serve part of a point (divisible demand) served it, otherwise
 *                         {@code null}: an assigned point is served whole
 * @param todayDivision    the same for today's sites
 * @param unservedAtLeast  for capacitated models, the weighted demand that no plan can serve (demand beyond all
 *                         the places, or beyond the proven bound of served demand); {@code null} otherwise
 */
record SitingOutcome(int[] openSites, int[] assignment, double objective, Double lowerBound, Double upperBound,
                     Double gap, String stopReason, long millis, long iterations, double[] siteContribution,
                     int[] todayAssignment, Division division, Division todayDivision, Double unservedAtLeast) {

    /** Divisible demand as a model served it: weight served per demand point and per site. */
    record Division(double[] servedByPoint, double[] loadBySite) {
    }

    /** A model whose points go to their nearest open site. */
    static SitingOutcome of(LocationSolution solution) {
        return of(solution, null, null, null, null, null);
    }

    /** A model that assigns points itself; {@code today} is its assignment from today's sites (null if none). */
    static SitingOutcome assigned(LocationSolution solution, int[] today, double unservedAtLeast) {
        return of(solution, solution.assignment(), today, null, null, unservedAtLeast);
    }

    /** A model that may serve part of a point: its main site per point and the weight served there. */
    static SitingOutcome divided(LocationSolution solution, Division division, int[] today, Division todayDivision,
                                 double unservedAtLeast) {
        return of(solution, solution.assignment(), today, division, todayDivision, unservedAtLeast);
    }

    private static SitingOutcome of(LocationSolution solution, int[] assignment, int[] today, Division division,
                                    Division todayDivision, Double unservedAtLeast) {
        return new SitingOutcome(solution.openSites(), assignment, solution.objective(),
                finite(solution.lowerBound()), finite(solution.upperBound()), finite(solution.gap()),
                solution.stop().name(), solution.millis(), solution.iterations(), solution.siteContribution(), today,
                division, todayDivision, unservedAtLeast);
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
