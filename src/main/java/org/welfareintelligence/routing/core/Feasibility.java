package org.welfareintelligence.routing.core;

import java.util.Arrays;
import org.welfareintelligence.routing.core.RoutingPlan.Reason;

/**
 * Whether one visit can be made by some operator on its own: the operators it cannot go with, or the
 * reason nobody can make it. Reasons are checked in order, so the one named is the first that rules
 * out the last operator.
 */
record Feasibility(long[] disallowedOperators, Reason reason) {

    static Feasibility of(RoutingProblem problem, int v) {
        RoutingProblem.Visits visits = problem.visits();
        RoutingProblem.Operators operators = problem.operators();
        TravelMatrix travel = problem.travel();
        int place = visits.place()[v];
        long[] disallowed = new long[operators.count()];
        int disallowedCount = 0;
        boolean skilled = false;
        boolean fitsLoad = false;
        boolean meetsShift = false;
        for (int k = 0; k < operators.count(); k++) {
            boolean ok = false;
            if ((operators.skills()[k] & visits.skills()[v]) == visits.skills()[v]) {
                skilled = true;
                if (operators.capacity()[k] < 0 || visits.demand()[v] <= operators.capacity()[k]) {
                    fitsLoad = true;
                    long latestStart = operators.shiftEnd()[k] - visits.service()[v];
                    if (visits.windowStart()[v] <= latestStart && visits.windowEnd()[v] >= operators.shiftStart()[k]) {
                        meetsShift = true;
                        long earliest = Math.max(visits.windowStart()[v],
                                operators.shiftStart()[k] + travel.time(operators.start()[k], place));
                        ok = earliest <= visits.windowEnd()[v] && earliest + visits.service()[v]
                                + travel.time(place, operators.end()[k]) <= operators.shiftEnd()[k];
                    }
                }
            }
            if (!ok) {
                disallowed[disallowedCount++] = k;
            }
        }
        Reason reason = null;
        if (!skilled) {
            reason = Reason.NO_OPERATOR_WITH_SKILL;
        } else if (!fitsLoad) {
            reason = Reason.OVER_CAPACITY;
        } else if (!meetsShift) {
            reason = Reason.OUTSIDE_EVERY_SHIFT;
        } else if (disallowedCount == operators.count()) {
            reason = Reason.WINDOW_TOO_SHORT_FOR_TRAVEL;
        }
        return new Feasibility(Arrays.copyOf(disallowed, disallowedCount), reason);
    }
}
