/**
 * Vehicle routing with time windows as plain Java on arrays, no Spring: a {@link
 * org.welfareintelligence.routing.core.RoutingProblem} over a pluggable {@link
 * org.welfareintelligence.routing.core.TravelMatrix}, solved by {@link org.welfareintelligence.routing.core.RoutingSolver}
 * into a {@link org.welfareintelligence.routing.core.RoutingPlan}: string removals under simulated annealing
 * ({@code StringRemovalSearch}) for days without breaks, OR-Tools routing with guided local search for the others.
 */
package org.welfareintelligence.routing.core;
