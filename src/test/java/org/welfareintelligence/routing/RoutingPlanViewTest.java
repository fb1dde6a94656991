package org.welfareintelligence.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.welfareintelligence.routing.core.DenseTravelMatrix;
import org.welfareintelligence.routing.core.PlanChecker;
import org.welfareintelligence.routing.core.RoutingPlan;
import org.welfareintelligence.routing.core.RoutingProblem;

/**
 * A hand-worked day on a line, 1 m/s so that seconds equal metres: visit V1 at 600 m, V2 at 1,200 m, the centre
 * at 0. The operator leaves at 08:00, reaches V1 at 08:10 and starts at 08:15 (5 minutes waiting), leaves at
 * 08:45, takes the 30-minute break on the way at 08:50 and reaches V2 at 08:45 + 10 + 30 = 09:25, starts there at
 * 09:30 and is back at 09:30 + 20 (visit) + 20 (1,200 m) = 10:10. V3 is left out.
 */
class RoutingPlanViewTest {

    private static final long H8 = 8 * 3600;

    @Test
    void arrivalsWaitsAndTheBreakTakenOnTheWayFollowFromThePlan() {
        DenseTravelMatrix travel = DenseTravelMatrix.straightLine(new double[] {600, 1200, 600, 0, 0},
                new double[5], 1.0, 1.0);
        RoutingProblem problem = new RoutingProblem(travel,
                new RoutingProblem.Visits(new int[] {0, 1, 2}, new long[] {H8, H8, H8}, new long[] {H8 + 7200,
                        H8 + 7200, H8 + 7200}, new long[] {1800, 1200, 600}, new long[3], new long[3], new int[3]),
                new RoutingProblem.Operators(new int[] {3}, new int[] {4}, new long[] {H8}, new long[] {H8 + 4 * 3600},
                        new long[1], new long[] {-1}, new long[] {H8 + 3000}, new long[] {H8 + 3000},
                        new long[] {1800}));
        RoutingRequest request = new RoutingRequest(List.of(visit("V1"), visit("V2"), visit("V3")),
                List.of(new RoutingRequest.Operator("Ada", 45.0, 9.0, null, null, null, null, "08:00", "12:00",
                        List.of(), "08:50", "08:50", 30)), 1.0, 3.6, 1);
        RoutingDay day = new RoutingDay(request, problem, new double[] {45.1, 45.2, 45.3, 45.0, 45.0},
                new double[] {9.1, 9.2, 9.3, 9.0, 9.0}, new String[] {"S1", "S2", "S3", "F1", "F1"}, List.of(),
                1.0, 3.6, 1);
        RoutingPlan plan = new RoutingPlan(List.of(new RoutingPlan.Route(0, new int[] {0, 1},
                new long[] {H8 + 900, H8 + 5400}, H8, H8 + 7800, H8 + 3000, 2400)),
                List.of(new RoutingPlan.Unplanned(2, RoutingPlan.Reason.DROPPED_FOR_CAPACITY_OR_TIME)), 2400, true);

        // the hand-made plan is a valid one
        assertThat(PlanChecker.violations(problem, plan)).isEmpty();

        RoutingPlanView.Plan view = viewOf(day, plan);

        RoutingPlanView.OperatorDay ada = view.operators().get(0);
        assertThat(ada.departure()).isEqualTo("08:00");
        assertThat(ada.back()).isEqualTo("10:10");
        assertThat(ada.workloadMinutes()).isEqualTo(130);
        assertThat(ada.breakStart()).isEqualTo("08:50");
        assertThat(ada.breakEnd()).isEqualTo("09:20");
        // 600 + 600 + 1,200 m, 10 + 10 + 20 minutes on the road
        assertThat(ada.travelMetres()).isEqualTo(2400);
        assertThat(ada.travelMinutes()).isEqualTo(40);
        RoutingPlanView.Stop first = ada.stops().get(0);
        assertThat(List.of(first.arrival(), first.start(), first.departure())).containsExactly("08:10", "08:15", "08:45");
        assertThat(first.waitMinutes()).isEqualTo(5);
        assertThat(first.travelMetres()).isEqualTo(600);
        RoutingPlanView.Stop second = ada.stops().get(1);
        assertThat(List.of(second.arrival(), second.start(), second.departure())).containsExactly("09:25", "09:30", "09:50");
        assertThat(second.waitMinutes()).isEqualTo(5);
        assertThat(second.point().place()).isEqualTo("S2");
        assertThat(view.visitsPlanned()).isEqualTo(2);
        assertThat(view.unplanned()).singleElement().satisfies(u -> {
            assertThat(u.visit()).isEqualTo("V3");
            assertThat(u.reason()).isEqualTo(RoutingPlan.Reason.DROPPED_FOR_CAPACITY_OR_TIME);
        });
    }

    private static RoutingPlanView.Plan viewOf(RoutingDay day, RoutingPlan plan) {
        return RoutingPlanView.plan(day, plan);
    }

    private static RoutingRequest.Visit visit(String id) {
        return new RoutingRequest.Visit(id, 45.0, 9.0, null, null, 30, "08:00", "10:00", null, 0);
    }
}
