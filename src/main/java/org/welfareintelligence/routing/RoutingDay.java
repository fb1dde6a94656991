package org.welfareintelligence.routing;

import java.util.List;
import org.welfareintelligence.routing.core.RoutingProblem;

/**
 * A checked day ready to solve: the solver's problem (times in seconds since midnight, distances in metres)
 * and what is needed to show its plan. Place {@code v} is visit {@code v}; operator {@code k} starts at place
 * {@code n + 2k} and ends at {@code n + 2k + 1}.
 *
 * @param request     the request as checked (defaults filled in)
 * @param problem     the solver's input
 * @param lat         latitude of each place
 * @param lon         longitude of each place
 * @param placeNames  the facility or section a place was given as, or null for a bare point
 * @param skills      skill names by bit
 */
record RoutingDay(RoutingRequest request, RoutingProblem problem, double[] lat, double[] lon, String[] placeNames,
                  List<String> skills, double detourFactor, double speedKmh, int timeLimitSeconds) {

    int visitCount() {
        return request.visits().size();
    }

    int startPlace(int operator) {
        return visitCount() + 2 * operator;
    }

    int endPlace(int operator) {
        return visitCount() + 2 * operator + 1;
    }
}
