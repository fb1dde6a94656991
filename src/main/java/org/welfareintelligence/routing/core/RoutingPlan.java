package org.welfareintelligence.routing.core;

import java.util.List;

/**
 * A solved day: one route per operator (empty when the operator is not used) and the visits that could
 * not be planned, each with its reason.
 */
public record RoutingPlan(List<Route> routes, List<Unplanned> unplanned, long totalDistance, boolean feasibleFound) {

    /**
     * @param operator     index of the operator
     * @param visits       visits in the order they are made
     * @param serviceStart start of service of each visit
     * @param departure    departure from the start centre
     * @param arrival      return to the end centre
     * @param breakStart   start of the break, or -1 without one
     * @param distance     travelled distance
     */
    public record Route(int operator, int[] visits, long[] serviceStart, long departure, long arrival,
                        long breakStart, long distance) {

        public boolean used() {
            return visits.length > 0;
        }

        /** Time from departure to return. */
        public long workload() {
            return used() ? arrival - departure : 0;
        }
    }

    public record Unplanned(int visit, Reason reason) {
    }

    public enum Reason {
        /** No operator has every skill the visit needs. */
        NO_OPERATOR_WITH_SKILL,
        /** Its demand exceeds the capacity of every operator with the skills. */
        OVER_CAPACITY,
        /** Its window does not meet the shift of any operator able to make it. */
        OUTSIDE_EVERY_SHIFT,
        /** It meets a shift, but no operator can travel there within the window and return before the shift ends. */
        WINDOW_TOO_SHORT_FOR_TRAVEL,
        /** It could be made alone, but not together with the others in the time and capacity available. */
        DROPPED_FOR_CAPACITY_OR_TIME,
        /** The search found no plan at all within its time limit (large days need more time). */
        NO_PLAN_WITHIN_TIME_LIMIT
    }

    public int vehiclesUsed() {
        return (int) routes.stream().filter(Route::used).count();
    }
}
