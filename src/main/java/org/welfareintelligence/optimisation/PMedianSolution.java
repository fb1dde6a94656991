package org.welfareintelligence.optimisation;

/**
 * Result of {@link PMedianSolver#solve}.
 *
 * @param openSites      indices of the open candidate sites, sorted ascending
 * @param allocation     for each demand point, the index of its nearest open site
 * @param objective      sum over demand points of weight times cost to that site
 * @param iterations     improving swaps applied by the local searches, all rounds together
 * @param stoppingReason why the search stopped, in words
 * @param elapsedMillis  wall-clock time of the whole solve
 */
public record PMedianSolution(
        int[] openSites,
        int[] allocation,
        double objective,
        long iterations,
        String stoppingReason,
        long elapsedMillis) {
}
