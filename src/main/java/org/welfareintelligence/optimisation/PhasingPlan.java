package org.welfareintelligence.optimisation;

/**
 * Result of {@link Phasing}.
 *
 * @param openingYear          for each entry of the planned sites, the year (0-based) it opens, or -1 if
 *                             the budgets of the horizon do not reach it
 * @param coveredByYear        demand weight covered at the end of each year (fixed and opened sites)
 * @param cumulativeCoverage   sum of {@code coveredByYear}: the objective
 * @param upperBound           a proven upper bound of the objective (NaN if none)
 * @param millis               wall-clock time of the solve
 * @param stop                 why the solver returned
 */
public record PhasingPlan(
        int[] openingYear,
        double[] coveredByYear,
        double cumulativeCoverage,
        double upperBound,
        long millis,
        StopReason stop) {
}
