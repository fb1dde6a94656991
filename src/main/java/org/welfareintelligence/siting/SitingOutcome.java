package org.welfareintelligence.siting;

/**
 * What a solver returned for a siting problem.
 *
 * @param openSites   open site indices (existing ones included), ascending
 * @param objective   the model's objective (person-metres for p-median)
 * @param lowerBound  proven lower bound on the objective, {@code null} when the solver gives none
 * @param gap         relative gap (objective - lowerBound) / objective, {@code null} without a bound
 * @param stopReason  why the solver stopped, in words
 * @param millis      solver wall-clock time
 * @param iterations  improving moves the solver applied
 */
record SitingOutcome(int[] openSites, double objective, Double lowerBound, Double gap, String stopReason,
                     long millis, long iterations) {
}
