package org.welfareintelligence.routing;

import java.util.ArrayList;
import java.util.List;
import org.welfareintelligence.routing.core.RoutingPlan;
import org.welfareintelligence.routing.core.RoutingProblem;
import org.welfareintelligence.routing.core.TravelMatrix;

/**
 * A job and, once solved, its plan as the API, the exports and the day sheets show it: times of day as "HH:mm",
 * travel in metres and minutes. A plan holds no count of people: only the caller's own visits and operators.
 */
record RoutingPlanView(RoutingJob.Status job, Plan plan) {

    /**
     * @param travelMetres   total distance travelled by all operators
     * @param travelMinutes  total time on the road
     * @param operatorsUsed  operators with at least one visit
     * @param visitsPlanned  visits in some operator's day
     */
    record Plan(long travelMetres, long travelMinutes, int operatorsUsed, int visitsPlanned, double detourFactor,
                double speedKmh, List<OperatorDay> operators, List<UnplannedVisit> unplanned) {
    }

    /**
     * @param departure       leaving the start centre ("HH:mm"; the shift's start when unused)
     * @param back            arriving at the end centre
     * @param workloadMinutes departure to return
     * @param breakStart      start of the break ("HH:mm"), or null without one before the return
     */
    record OperatorDay(String operator, boolean used, String shiftStart, String shiftEnd, String departure,
                       String back, long workloadMinutes, long travelMetres, long travelMinutes, String breakStart,
                       String breakEnd, Point start, Point end, List<Stop> stops) {
    }

    /** A place: latitude, longitude and the facility or section it was given as (null for a bare point). */
    record Point(double lat, double lon, String place) {
    }

    /**
     * @param arrival       reaching the place (after the break when it is taken on the way)
     * @param start         start of the visit, within its window
     * @param departure     end of the visit
     * @param waitMinutes   waiting on site before the start (not counting a break taken there)
     * @param travelMetres  from the previous stop or the centre
     */
    record Stop(int sequence, String visit, Point point, String arrival, String start, String departure,
                long waitMinutes, long travelMetres, long travelMinutes, long durationMinutes, String windowStart,
                String windowEnd, String skill, int priority) {
    }

    /** A visit left out, with its reason's code and what it means. */
    record UnplannedVisit(String visit, Point point, RoutingPlan.Reason reason, String explanation) {
    }

    /** A job and, when it succeeded, the plan it kept ({@code solved}, else null). */
    static RoutingPlanView of(RoutingJob job, RoutingJob.SolvedDay solved) {
        return new RoutingPlanView(job.status(), solved == null ? null : solved.view());
    }

    /** The solver's plan of a day as the API shows it. */
    static Plan plan(RoutingDay day, RoutingPlan plan) {
        RoutingProblem problem = day.problem();
        TravelMatrix travel = problem.travel();
        List<OperatorDay> operators = new ArrayList<>();
        long travelSeconds = 0;
        int planned = 0;
        for (RoutingPlan.Route route : plan.routes()) {
            int k = route.operator();
            RoutingProblem.Operators ops = problem.operators();
            long breakLength = ops.breakDuration()[k];
            long breakStart = route.breakStart();
            List<Stop> stops = new ArrayList<>();
            long leaving = route.departure();
            int from = day.startPlace(k);
            long routeTravelSeconds = 0;
            for (int i = 0; i <= route.visits().length; i++) {
                boolean last = i == route.visits().length;
                int to = last ? day.endPlace(k) : route.visits()[i];
                long legSeconds = travel.time(from, to);
                long reached = last ? route.arrival() : route.serviceStart()[i];
                boolean breakInLeg = breakLength > 0 && breakStart >= leaving && breakStart + breakLength <= reached;
                boolean breakOnTheWay = breakInLeg && breakStart < leaving + legSeconds;
                long arrival = leaving + legSeconds + (breakOnTheWay ? breakLength : 0);
                routeTravelSeconds += route.used() ? legSeconds : 0;
                if (!last) {
                    int v = route.visits()[i];
                    RoutingRequest.Visit visit = day.request().visits().get(v);
                    long wait = reached - arrival - (breakInLeg && !breakOnTheWay ? breakLength : 0);
                    stops.add(new Stop(i + 1, visit.id(), point(day, v), clock(arrival), clock(reached),
                            clock(reached + problem.visits().service()[v]), Math.max(0, wait) / 60,
                            travel.distance(from, to), minutes(legSeconds), problem.visits().service()[v] / 60,
                            visit.windowStart(), visit.windowEnd(), visit.skill(), problem.visits().priority()[v]));
                    leaving = reached + problem.visits().service()[v];
                }
                from = to;
            }
            planned += route.visits().length;
            travelSeconds += routeTravelSeconds;
            // a break the solver puts after the return is no part of the round
            boolean breakInDay = route.used() && breakLength > 0 && breakStart >= 0 && breakStart < route.arrival();
            operators.add(new OperatorDay(day.request().operators().get(k).id(), route.used(),
                    clock(ops.shiftStart()[k]), clock(ops.shiftEnd()[k]), clock(route.departure()),
                    clock(route.arrival()), route.workload() / 60, route.distance(), minutes(routeTravelSeconds),
                    breakInDay ? clock(breakStart) : null, breakInDay ? clock(breakStart + breakLength) : null,
                    point(day, day.startPlace(k)), point(day, day.endPlace(k)), stops));
        }
        List<UnplannedVisit> unplanned = plan.unplanned().stream()
                .map(u -> new UnplannedVisit(day.request().visits().get(u.visit()).id(), point(day, u.visit()),
                        u.reason(), explanation(u.reason())))
                .toList();
        return new Plan(plan.totalDistance(), minutes(travelSeconds), plan.vehiclesUsed(), planned,
                day.detourFactor(), day.speedKmh(), operators, unplanned);
    }

    private static Point point(RoutingDay day, int place) {
        return new Point(day.lat()[place], day.lon()[place], day.placeNames()[place]);
    }

    private static long minutes(long seconds) {
        return Math.round(seconds / 60.0);
    }

    /** "HH:mm" of seconds since midnight, rounded down to the minute. */
    static String clock(long seconds) {
        return "%02d:%02d".formatted(seconds / 3600, seconds % 3600 / 60);
    }

    static String explanation(RoutingPlan.Reason reason) {
        return switch (reason) {
            case NO_OPERATOR_WITH_SKILL -> "no operator has the skill the visit needs";
            case OVER_CAPACITY -> "the visit's load exceeds every able operator's capacity";
            case OUTSIDE_EVERY_SHIFT -> "its window lies outside the shift of every operator with the skill";
            case WINDOW_TOO_SHORT_FOR_TRAVEL -> "no operator can travel there within its window and be back "
                    + "before the shift ends";
            case DROPPED_FOR_CAPACITY_OR_TIME -> "it could be made alone, but not together with the other visits in "
                    + "the operators' time";
            case NO_PLAN_WITHIN_TIME_LIMIT -> "the search found no plan within its time limit: allow more time";
        };
    }
}
