package org.welfareintelligence.routing.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The moves of the string-removal search on a line of places 1000 m apart travelled at 1 m/s (times equal
 * distances): centre at place 0, places 1..6 at 1000..6000 m.
 */
class StringRemovalSearchTest {

    private static final TravelMatrix LINE = DenseTravelMatrix.straightLine(
            new double[] {0, 1000, 2000, 3000, 4000, 5000, 6000}, new double[7], 1.0, 1.0);
    private static final long NURSE = 1;
    private static final long INJECTIONS = 2;

    @Test
    void insertionCostsTheDetourAndRefusesAPositionThatBreaksAWindow() {
        // visit 0 at 2000 m must start by 2500; visit 1 at 1000 m any time
        CandidateDay day = day(new int[] {2, 1}, new long[] {0, 0}, new long[] {2500, 99_000}, new long[2],
                new long[] {NURSE, NURSE}, new long[2], 1, -1);
        Tours tours = new Tours(day);
        tours.insert(0, 0, 0);

        // before visit 0: 0 → 1000 → 2000 adds nothing to the 4000 of the out-and-back, and visit 0 starts at 2000
        assertThat(tours.detour(1, 0, 0)).isZero();
        assertThat(tours.fits(1, 0, 0)).isTrue();
        // after visit 0 also costs nothing in distance (the way back passes place 1)
        assertThat(tours.detour(1, 0, 1)).isZero();
        assertThat(tours.fits(1, 0, 1)).isTrue();
        assertThat(tours.totalDistance).isEqualTo(4000);
        assertThat(tours.earliest[0]).startsWith(0, 2000, 4000);

        // with a 1000 s service at place 1, visit 0 would start at 3000, after its window
        CandidateDay slow = day(new int[] {2, 1}, new long[] {0, 0}, new long[] {2500, 99_000}, new long[] {0, 1000},
                new long[] {NURSE, NURSE}, new long[2], 1, -1);
        Tours slowTours = new Tours(slow);
        slowTours.insert(0, 0, 0);
        assertThat(slowTours.fits(1, 0, 0)).isFalse();
        assertThat(slowTours.fits(1, 0, 1)).isTrue();
    }

    @Test
    void aSplitStringRemovalLeavesOutItsVisitsAndKeepsTheRunInside() {
        CandidateDay day = day(new int[] {1, 2, 3, 4, 5, 6}, new long[6], filled(6, 99_000), new long[6],
                filled(6, NURSE), new long[6], 1, -1);
        Tours tours = new Tours(day);
        for (int v = 0; v < 6; v++) {
            tours.insert(v, 0, v);
        }
        assertThat(tours.totalDistance).isEqualTo(12_000);

        // stops 2..5 are visits 1..4; the run kept inside is stop 3 (visit 2)
        tours.remove(0, 2, 4, 3, 1);

        assertThat(Arrays.copyOfRange(tours.nodes[0], 1, tours.length[0] - 1)).containsExactly(0, 2, 5);
        assertThat(Arrays.copyOf(tours.absent, tours.absentCount)).containsExactlyInAnyOrder(1, 3, 4);
        assertThat(tours.tourOf[3]).isEqualTo(-1);
        assertThat(tours.positionOf[5]).isEqualTo(3);
        assertThat(tours.totalDistance).isEqualTo(12_000);
        assertThat(tours.earliest[0]).startsWith(0, 1000, 3000, 6000, 12_000);
    }

    @Test
    void recreatePutsEachVisitWhereItFitsSkillsLoadAndWindows() {
        // two operators; visit 2 needs injections (operator 1 only); capacity 2 and demands 1, 1, 1
        CandidateDay day = day(new int[] {1, 2, 3}, new long[3], filled(3, 99_000), new long[3],
                new long[] {NURSE, NURSE, NURSE | INJECTIONS}, new long[] {1, 1, 1}, 2, 2);
        Tours tours = new Tours(day);

        new StringRemovalSearch(day, 7).recreate(tours);

        assertThat(tours.absentCount).isZero();
        assertThat(tours.tourOf[2]).isEqualTo(1);
        assertThat(tours.load[0]).isLessThanOrEqualTo(2);
        assertThat(tours.load[1]).isLessThanOrEqualTo(2);
    }

    @Test
    void aRuinedTrialIsUndoneExactlyWhenRejected() {
        CandidateDay day = day(new int[] {1, 2, 3, 4, 5, 6}, new long[6], filled(6, 99_000), new long[6],
                filled(6, NURSE), new long[6], 2, -1);
        StringRemovalSearch search = new StringRemovalSearch(day, 3);
        Tours current = new Tours(day);
        search.recreate(current);
        current.clearChanged();
        Tours trial = current.copy();
        long cost = current.cost();

        search.ruin(trial);
        assertThat(trial.absentCount).isPositive();
        trial.revertTo(current);

        assertThat(trial.cost()).isEqualTo(cost);
        assertThat(trial.absentCount).isZero();
        for (int r = 0; r < 2; r++) {
            assertThat(Arrays.copyOf(trial.nodes[r], trial.length[r]))
                    .containsExactly(Arrays.copyOf(current.nodes[r], current.length[r]));
        }
    }

    @Test
    void theSearchFindsTheSingleTourOfTheLineAndLeavesOutWhatCannotBeReached() {
        // five visits along the line fit one tour of 12 000; visit 5 at 6000 m opens at 20 000, after the shift
        RoutingProblem problem = new RoutingProblem(LINE,
                new RoutingProblem.Visits(new int[] {1, 2, 3, 4, 5, 6}, new long[] {0, 0, 0, 0, 0, 11_000},
                        filled(6, 12_000), new long[6], filled(6, NURSE), new long[6], new int[6]),
                new RoutingProblem.Operators(new int[2], new int[2], new long[2], filled(2, 12_000),
                        filled(2, NURSE), filled(2, -1), new long[2], new long[2], new long[2]));

        RoutingPlan plan = RoutingSolver.solve(problem, new RoutingSolver.Options(300, 0, 0));

        assertThat(PlanChecker.violations(problem, plan)).isEmpty();
        assertThat(plan.totalDistance()).isEqualTo(10_000);
        assertThat(plan.vehiclesUsed()).isEqualTo(1);
        assertThat(plan.unplanned()).singleElement()
                .isEqualTo(new RoutingPlan.Unplanned(5, RoutingPlan.Reason.WINDOW_TOO_SHORT_FOR_TRAVEL));
    }

    /** Visits at the given places; {@code operators} operators at the centre from 0 to 99 000 s with all skills. */
    private static CandidateDay day(int[] places, long[] windowStart, long[] windowEnd, long[] service, long[] skills,
                                    long[] demand, int operators, long capacity) {
        int n = places.length;
        long[] operatorSkills = filled(operators, NURSE);
        operatorSkills[operators - 1] |= INJECTIONS;
        RoutingProblem problem = new RoutingProblem(LINE,
                new RoutingProblem.Visits(places, windowStart, windowEnd, service, skills, demand, new int[n]),
                new RoutingProblem.Operators(new int[operators], new int[operators], new long[operators],
                        filled(operators, 99_000), operatorSkills, filled(operators, capacity), new long[operators],
                        new long[operators], new long[operators]));
        int[] candidates = new int[n];
        Arrays.setAll(candidates, i -> i);
        return new CandidateDay(problem, candidates, 0, 0);
    }

    private static long[] filled(int n, long value) {
        long[] values = new long[n];
        Arrays.fill(values, value);
        return values;
    }
}
