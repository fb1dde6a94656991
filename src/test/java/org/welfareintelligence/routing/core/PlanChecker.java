package org.welfareintelligence.routing.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a plan against its problem without trusting the solver: arrival times are recomputed from the
 * matrix, then windows, shifts, breaks, skills, capacity and distances are checked, and every visit must
 * be planned exactly once or listed as unplanned. Answers the violations found (none for a valid plan).
 */
public final class PlanChecker {

    private PlanChecker() {
    }

    public static List<String> violations(RoutingProblem problem, RoutingPlan plan) {
        List<String> found = new ArrayList<>();
        RoutingProblem.Visits visits = problem.visits();
        RoutingProblem.Operators ops = problem.operators();
        TravelMatrix travel = problem.travel();
        int[] seen = new int[visits.count()];
        boolean[] operatorSeen = new boolean[ops.count()];
        long total = 0;
        for (RoutingPlan.Route route : plan.routes()) {
            int k = route.operator();
            if (k < 0 || k >= ops.count() || operatorSeen[k]) {
                found.add("route of operator " + k + " is unknown or repeated");
                continue;
            }
            operatorSeen[k] = true;
            if (route.visits().length != route.serviceStart().length) {
                found.add("operator " + k + ": one start time per visit expected");
                continue;
            }
            if (!route.used()) {
                if (route.distance() != 0) {
                    found.add("operator " + k + ": unused route with distance " + route.distance());
                }
                continue;
            }
            checkRoute(problem, route, seen, found);
            total += route.distance();
        }
        for (RoutingPlan.Unplanned u : plan.unplanned()) {
            seen[u.visit()]++;
            checkReason(problem, u, found);
        }
        for (int v = 0; v < seen.length; v++) {
            if (seen[v] != 1) {
                found.add("visit " + v + " appears " + seen[v] + " times among routes and unplanned visits");
            }
        }
        if (total != plan.totalDistance()) {
            found.add("total distance " + plan.totalDistance() + " but the routes add up to " + total);
        }
        return found;
    }

    private static void checkRoute(RoutingProblem problem, RoutingPlan.Route route, int[] seen, List<String> found) {
        RoutingProblem.Visits visits = problem.visits();
        RoutingProblem.Operators ops = problem.operators();
        TravelMatrix travel = problem.travel();
        int k = route.operator();
        long breakDuration = ops.breakDuration()[k];
        long breakStart = route.breakStart();
        long breakEnd = breakStart + breakDuration;
        boolean breakPlaced = breakDuration == 0;
        if (breakDuration > 0 && (breakStart < ops.breakEarliest()[k] || breakStart > ops.breakLatest()[k]
                || breakStart < ops.shiftStart()[k] || breakEnd > ops.shiftEnd()[k])) {
            found.add("operator " + k + ": break at " + breakStart + " outside its allowed start or the shift");
        }
        if (route.departure() < ops.shiftStart()[k]) {
            found.add("operator " + k + ": departs at " + route.departure() + " before the shift starts");
        }
        long load = 0;
        long distance = 0;
        long time = route.departure();
        int place = ops.start()[k];
        for (int i = 0; i <= route.visits().length; i++) {
            boolean last = i == route.visits().length;
            int next = last ? ops.end()[k] : visits.place()[route.visits()[i]];
            long legEnd = last ? route.arrival() : route.serviceStart()[i];
            long needed = travel.time(place, next);
            if (breakDuration > 0 && breakStart >= time && breakEnd <= legEnd) {
                needed += breakDuration;
                breakPlaced = true;
            }
            if (legEnd - time < needed) {
                found.add("operator " + k + ": reaches stop " + i + " at " + (time + needed) + " after " + legEnd);
            }
            distance += travel.distance(place, next);
            if (last) {
                break;
            }
            int v = route.visits()[i];
            seen[v]++;
            long start = route.serviceStart()[i];
            if (start < visits.windowStart()[v] || start > visits.windowEnd()[v]) {
                found.add("visit " + v + ": service starts at " + start + " outside its window");
            }
            if ((ops.skills()[k] & visits.skills()[v]) != visits.skills()[v]) {
                found.add("visit " + v + ": operator " + k + " lacks a skill");
            }
            load += visits.demand()[v];
            time = start + visits.service()[v];
            place = next;
        }
        if (breakDuration > 0 && !breakPlaced && !(breakEnd <= route.departure() || breakStart >= route.arrival())) {
            found.add("operator " + k + ": break at " + breakStart + " overlaps a service or leaves no time to travel");
        }
        if (route.arrival() > ops.shiftEnd()[k]) {
            found.add("operator " + k + ": returns at " + route.arrival() + " after the shift ends");
        }
        if (ops.capacity()[k] >= 0 && load > ops.capacity()[k]) {
            found.add("operator " + k + ": load " + load + " over capacity " + ops.capacity()[k]);
        }
        if (distance != route.distance()) {
            found.add("operator " + k + ": distance " + route.distance() + " but the legs add up to " + distance);
        }
    }

    private static void checkReason(RoutingProblem problem, RoutingPlan.Unplanned u, List<String> found) {
        RoutingProblem.Visits visits = problem.visits();
        RoutingProblem.Operators ops = problem.operators();
        int v = u.visit();
        for (int k = 0; k < ops.count(); k++) {
            boolean skilled = (ops.skills()[k] & visits.skills()[v]) == visits.skills()[v];
            boolean fits = ops.capacity()[k] < 0 || visits.demand()[v] <= ops.capacity()[k];
            if (u.reason() == RoutingPlan.Reason.NO_OPERATOR_WITH_SKILL && skilled
                    || u.reason() == RoutingPlan.Reason.OVER_CAPACITY && skilled && fits) {
                found.add("visit " + v + ": listed as " + u.reason() + " but operator " + k + " could take it");
            }
        }
    }
}
