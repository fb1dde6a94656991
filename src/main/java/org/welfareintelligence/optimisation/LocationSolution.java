package org.welfareintelligence.optimisation;

/**
 * The answer of every location model.
 *
 * <p>The optimum lies in [{@code lowerBound}, {@code upperBound}]. For minimising models (p-median,
 * p-center, set covering, capacitated p-median) {@code upperBound} is the objective found and
 * {@code lowerBound} a proven bound; for maximising models (maximal covering, maximum capacitated
 * coverage, budget covering) {@code lowerBound} is the objective found and {@code upperBound} a proven bound. A bound that could
 * not be computed is NaN, and then so is the gap.
 *
 * @param openSites        open sites (indices into the cost matrix's sites), fixed ones included, ascending
 * @param assignment       for each demand point the site serving it, or -1 when it is not served
 *                         (outside every open site's radius in the covering models)
 * @param objective        the model's objective for this answer (cost, covered weight, number of sites, radius)
 * @param lowerBound       see above
 * @param upperBound       see above
 * @param gap              (upperBound − lowerBound) / |objective|; 0 when proven optimal; NaN without a bound
 * @param millis           wall-clock time of the solve
 * @param stop             why the solver returned
 * @param siteContribution for each entry of {@code openSites}, what that site adds: how much the objective
 *                         worsens when it alone is closed and its demand reassigned to the other open
 *                         sites (extra cost, lost coverage, radius increase; +∞ when nothing else can serve it)
 * @param iterations       improvement rounds (heuristics) or subgradient steps/nodes (bounds), for the record
 */
public record LocationSolution(
        int[] openSites,
        int[] assignment,
        double objective,
        double lowerBound,
        double upperBound,
        double gap,
        long millis,
        StopReason stop,
        double[] siteContribution,
        int iterations) {

    /** Relative gap between two bounds, as defined above. */
    public static double gap(double lowerBound, double upperBound, double objective) {
        if (Double.isNaN(lowerBound) || Double.isNaN(upperBound)) {
            return Double.NaN;
        }
        double width = Math.max(0, upperBound - lowerBound);
        if (width == 0) {
            return 0;
        }
        return objective == 0 ? Double.POSITIVE_INFINITY : width / Math.abs(objective);
    }
}
