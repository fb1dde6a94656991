/**
 * Vehicle routing with time windows as plain Java on arrays, no Spring: a {@link
 * org.welfareintelligence.routing.core.RoutingProblem} over a pluggable {@link
 * org.welfareintelligence.routing.core.TravelMatrix}, solved by {@link org.welfareintelligence.routing.core.RoutingSolver}
 * (OR-Tools routing, guided local search) into a {@link org.welfareintelligence.routing.core.RoutingPlan}.
 */
package org.welfareintelligence.routing.core;
