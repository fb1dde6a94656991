package org.welfareintelligence.routing.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.welfareintelligence.routing.core.RoutingPlan.Reason;

/**
 * Hand-worked days on a plane in metres travelled at 1 m/s (so times equal distances): centre 0 at (0, 0),
 * place 1 at (1000, 0), place 2 at (0, 1000), place 3 at (2000, 0), place 4 at (1000, 1000).
 */
class RoutingSolverTest {

    private static final TravelMatrix PLANE = DenseTravelMatrix.straightLine(
            new double[] {0, 1000, 0, 2000, 1000}, new double[] {0, 0, 1000, 0, 1000}, 1.0, 1.0);
    private static final RoutingSolver.Options NO_BALANCE = new RoutingSolver.Options(1_000, 0, 0);
    private static final long NURSE = 1;
    private static final long INJECTIONS = 2;
    private static final long DIALYSIS = 4;

    @Test
    void plansTheFeasibleVisitsAndNamesWhyTheOthersCannotBeMade() {
        // v0 anyone; v1 needs injections (only operator 1); v2 is 2000 s away but must start by 1500;
        // v3 needs dialysis (nobody); v4 is wanted after both shifts end.
        RoutingProblem problem = new RoutingProblem(PLANE,
                new RoutingProblem.Visits(new int[] {1, 2, 3, 4, 1},
                        new long[] {0, 0, 0, 0, 20_000}, new long[] {5000, 5000, 1500, 5000, 21_000},
                        new long[] {100, 100, 100, 100, 100},
                        new long[] {NURSE, NURSE | INJECTIONS, NURSE, DIALYSIS, NURSE},
                        new long[5], new int[5]),
                operators(2, new long[] {NURSE, NURSE | INJECTIONS}, -1, 10_000, 0));

        RoutingPlan plan = RoutingSolver.solve(problem, NO_BALANCE);

        assertThat(PlanChecker.violations(problem, plan)).isEmpty();
        assertThat(reasons(plan)).isEqualTo(Map.of(2, Reason.WINDOW_TOO_SHORT_FOR_TRAVEL,
                3, Reason.NO_OPERATOR_WITH_SKILL, 4, Reason.OUTSIDE_EVERY_SHIFT));
        // One tour 0 → 1 → 2 → 0 by operator 1 costs 1000 + 1414 + 1000 = 3414, two out-and-backs 4000.
        assertThat(plan.totalDistance()).isEqualTo(3414);
        assertThat(plan.vehiclesUsed()).isEqualTo(1);
        assertThat(plan.routes().get(1).visits()).containsExactlyInAnyOrder(0, 1);
    }

    @Test
    void balancedDefaultsStillServeEveryFeasibleVisitWithinTheRules() {
        // Four visits that one operator could chain; with the workload span cost both operators stay valid.
        RoutingProblem problem = new RoutingProblem(PLANE,
                new RoutingProblem.Visits(new int[] {1, 2, 3, 4}, new long[4], new long[] {9000, 9000, 9000, 9000},
                        new long[] {300, 300, 300, 300}, new long[] {NURSE, NURSE, NURSE, NURSE}, new long[4],
                        new int[4]),
                operators(2, new long[] {NURSE, NURSE}, -1, 10_000, 500));

        RoutingPlan plan = RoutingSolver.solve(problem, new RoutingSolver.Options(1_000, 0, 1));

        assertThat(PlanChecker.violations(problem, plan)).isEmpty();
        assertThat(plan.unplanned()).isEmpty();
    }

    @Test
    void dropsWhatDoesNotFitTheLoadAndKeepsTheHigherPriority() {
        // Capacity 2: three parcels of 1 cannot all go, the priority one must; a parcel of 5 never fits.
        RoutingProblem problem = new RoutingProblem(PLANE,
                new RoutingProblem.Visits(new int[] {1, 2, 3, 4},
                        new long[4], new long[] {9000, 9000, 9000, 9000}, new long[] {60, 60, 60, 60},
                        new long[] {NURSE, NURSE, NURSE, NURSE}, new long[] {1, 1, 1, 5}, new int[] {0, 0, 3, 0}),
                operators(1, new long[] {NURSE}, 2, 10_000, 0));

        RoutingPlan plan = RoutingSolver.solve(problem, NO_BALANCE);

        assertThat(PlanChecker.violations(problem, plan)).isEmpty();
        assertThat(plan.routes().get(0).visits()).hasSize(2).contains(2);
        assertThat(plan.unplanned()).hasSize(2);
        assertThat(reasons(plan)).containsEntry(3, Reason.OVER_CAPACITY)
                .containsValue(Reason.DROPPED_FOR_CAPACITY_OR_TIME);
    }

    @Test
    void takesTheBreakWithoutOverlappingAService() {
        // Break fixed at 1000–1500; the only visit is 1000 s away, so its service cannot start before 1500
        // and the operator is back at 1500 + 100 + 1000 = 2600 at the earliest.
        RoutingProblem problem = new RoutingProblem(PLANE,
                new RoutingProblem.Visits(new int[] {1}, new long[] {0}, new long[] {3000}, new long[] {100},
                        new long[] {NURSE}, new long[1], new int[1]),
                operators(1, new long[] {NURSE}, -1, 3000, 500));

        RoutingPlan plan = RoutingSolver.solve(problem, NO_BALANCE);

        assertThat(PlanChecker.violations(problem, plan)).isEmpty();
        RoutingPlan.Route route = plan.routes().get(0);
        assertThat(route.breakStart()).isEqualTo(1000);
        assertThat(route.serviceStart()[0]).isGreaterThanOrEqualTo(1500);
        assertThat(route.arrival()).isGreaterThanOrEqualTo(2600).isLessThanOrEqualTo(3000);
    }

    @Test
    void checkerRejectsAPlanThatMissesAWindowOrForgetsAVisit() {
        RoutingProblem problem = new RoutingProblem(PLANE,
                new RoutingProblem.Visits(new int[] {1, 2}, new long[] {0, 0}, new long[] {500, 9000},
                        new long[] {0, 0}, new long[] {NURSE, NURSE}, new long[2], new int[2]),
                operators(1, new long[] {NURSE}, -1, 10_000, 0));
        // Arrives at place 1 at 1000, after its window closes at 500, and never mentions visit 1.
        RoutingPlan wrong = new RoutingPlan(java.util.List.of(new RoutingPlan.Route(0, new int[] {0},
                new long[] {1000}, 0, 2000, -1, 2000)), java.util.List.of(), 2000, true);

        assertThat(PlanChecker.violations(problem, wrong)).containsExactlyInAnyOrder(
                "visit 0: service starts at 1000 outside its window",
                "visit 1 appears 0 times among routes and unplanned visits");
    }

    @Test
    void rejectsAWindowThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> new RoutingProblem(PLANE,
                new RoutingProblem.Visits(new int[] {1}, new long[] {10}, new long[] {5}, new long[1],
                        new long[1], new long[1], new int[1]),
                operators(1, new long[] {0}, -1, 100, 0)))
                .hasMessageStartingWith("visits.windowEnd");
    }

    /** Operators at centre 0 from time 0 to {@code shiftEnd}, a break of {@code breakLength} at 1000 sharp. */
    private static RoutingProblem.Operators operators(int count, long[] skills, long capacity, long shiftEnd,
                                                      long breakLength) {
        long[] filled = new long[count];
        java.util.Arrays.fill(filled, capacity);
        long[] ends = new long[count];
        java.util.Arrays.fill(ends, shiftEnd);
        long[] breakAt = new long[count];
        java.util.Arrays.fill(breakAt, 1000);
        long[] breakLengths = new long[count];
        java.util.Arrays.fill(breakLengths, breakLength);
        return new RoutingProblem.Operators(new int[count], new int[count], new long[count], ends, skills, filled,
                breakAt, breakAt, breakLengths);
    }

    private static Map<Integer, Reason> reasons(RoutingPlan plan) {
        return plan.unplanned().stream().collect(Collectors.toMap(RoutingPlan.Unplanned::visit, RoutingPlan.Unplanned::reason));
    }
}
