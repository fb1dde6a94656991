/**
 * Location models as plain Java on arrays, no Spring: p-median ({@link org.welfareintelligence.optimisation.PMedian}),
 * maximal covering ({@link org.welfareintelligence.optimisation.MaximalCovering}), set covering
 * ({@link org.welfareintelligence.optimisation.SetCovering}), p-center ({@link org.welfareintelligence.optimisation.PCenter}),
 * capacitated p-median ({@link org.welfareintelligence.optimisation.CapacitatedPMedian}), maximum capacitated
 * coverage ({@link org.welfareintelligence.optimisation.MaximalCapacitatedCovering}), budget covering
 * ({@link org.welfareintelligence.optimisation.BudgetCovering}) and the opening order of planned sites
 * ({@link org.welfareintelligence.optimisation.Phasing}).
 *
 * <p>Every model takes a {@link org.welfareintelligence.optimisation.LocationData} (a
 * {@link org.welfareintelligence.optimisation.CostMatrix}, demand weights, candidate and fixed sites), is solved
 * under a {@link org.welfareintelligence.optimisation.SolveControl} (seed, time limit, target gap, progress,
 * cancellation) and answers a {@link org.welfareintelligence.optimisation.LocationSolution} carrying a proven bound
 * and gap. {@code solveExact} uses OR-Tools and is meant for small instances. Formulations and bounds are described
 * in {@code docs/optimisation.md}.
 */
package org.welfareintelligence.optimisation;
