package org.welfareintelligence.scenario.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.welfareintelligence.analytics.measure.SparseCosts;

/**
 * A hand-worked ordering over 2026–2028 with 60 a year: sections S0 (10 people), S1 (6), S2 (8), S3 (5), each
 * reaching one centre only: S0 a new centre B, S1 a new centre C, S2 the existing A (4 places), S3 the
 * existing D (5 places). The changes: open B with 10 places for 100, open C with 6 for 50, A +4 places for 40,
 * close D saving 60. A change in year t serves its people in 3 − t years; nothing changed serves 9 a year.
 */
class OrderingTest {

    private static final int[] YEARS = {2026, 2027, 2028};
    private static final double[] BUDGET = {60, 60, 60};

    private static final Ordering.Candidate OPEN_B = new Ordering.Candidate(CentreChange.open(1, 2026, 10, 0), 100);
    private static final Ordering.Candidate OPEN_C = new Ordering.Candidate(CentreChange.open(2, 2026, 6, 0), 50);
    private static final Ordering.Candidate GROW_A = new Ordering.Candidate(CentreChange.resize(0, 2026, 4), 40);
    private static final Ordering.Candidate CLOSE_D = new Ordering.Candidate(CentreChange.close(3, 2026), -60);

    private static Ordering.Problem problem(List<Ordering.Candidate> candidates, int exactUpTo) {
        SparseCosts costs = SparseCosts.fromTriples(4, 4, new int[] {0, 1, 2, 3}, new int[] {1, 2, 0, 3},
                new double[] {100, 100, 100, 100});
        double[][] demand = new double[3][];
        double[][] places = new double[3][];
        for (int t = 0; t < 3; t++) {
            demand[t] = new double[] {10, 6, 8, 5};
            places[t] = new double[] {4, 0, 0, 5};
        }
        Simulation.Input input = new Simulation.Input(YEARS, demand, places, costs, 500, 1, 0);
        return new Ordering.Problem(input, new Assignment(costs), candidates, BUDGET, Ordering.Objective.SERVED,
                10_000, exactUpTo);
    }

    @Test
    void theLocalImprovementFindsTheBestOrderTheGreedyMisses() {
        // by benefit per cost the greedy takes C in 2026 (18 for 50), then A in 2027 (8 for 40): 26, and B no
        // longer fits. Replacing A by B in 2028 (cumulative 150 of 180) serves 18 + 10 = 28, the best: B in 2027
        // would need 150 by 2027 (120 available), and all three never fit (190 > 180)
        Ordering.Plan plan = Ordering.plan(problem(List.of(OPEN_B, OPEN_C, GROW_A), 0));
        assertThat(plan.yearIndex()).containsExactly(2, 0, -1);
        assertThat(plan.total()).isCloseTo(27 + 28, within(1e-9));
        assertThat(plan.objective()).containsExactly(15, 15, 25);
        assertThat(plan.none()).containsExactly(9, 9, 9);
        assertThat(plan.benefit()[0]).isCloseTo(10, within(1e-9));
        assertThat(plan.benefit()[1]).isCloseTo(18, within(1e-9));
        assertThat(plan.reason()).containsExactly(null, null, Ordering.Reason.OVER_BUDGET);
        assertThat(plan.spent()).containsExactly(50, 0, 100);
        // as written, everything in 2026 (190 against 60) serves 20 more a year but does not fit
        assertThat(plan.writtenFitsBudget()).isFalse();
        assertThat(Simulation.sum(plan.written())).isCloseTo(27 + 60, within(1e-9));
        // bound: all three at once, 29 a year; the plan reaches 28 of the 60 it could add
        assertThat(plan.upperBound()).isCloseTo(87, within(1e-9));
        assertThat(plan.gap()).isCloseTo(32.0 / 60, within(1e-9));
        assertThat(plan.exact()).isFalse();
        assertThat(plan.searchStopped()).isFalse();
    }

    @Test
    void aClosureThatSavesMoneyPaysForAnEarlierOpening() {
        // closing D in 2027 loses 5 people a year for 2 years but frees 60 then: C in 2026 (50 of 60), B in 2027
        // (150 − 60 = 90 of 120), A in 2028 (130 of 180): 18 + 20 + 4 − 10 = 32 more than nothing, the only
        // best plan (closing in 2026 gives at most 31, in 2028 at most 31, never closing 28)
        List<Ordering.Candidate> candidates = List.of(OPEN_B, OPEN_C, GROW_A, CLOSE_D);
        Ordering.Plan exact = Ordering.plan(problem(candidates, 256));
        assertThat(exact.exact()).isTrue();
        assertThat(exact.yearIndex()).containsExactly(1, 0, 2, 1);
        assertThat(exact.total()).isCloseTo(27 + 32, within(1e-9));
        assertThat(exact.spent()).containsExactly(50, 40, 40);
        assertThat(exact.benefit()[3]).as("closing D loses its 5 people in 2027 and 2028").isCloseTo(-10, within(1e-9));
        assertThat(exact.gap()).isZero();

        // the heuristic alone stays at 28 here: reaching 32 moves three changes at once
        Ordering.Plan heuristic = Ordering.plan(problem(candidates, 0));
        assertThat(heuristic.total()).isCloseTo(27 + 28, within(1e-9));
        assertThat(heuristic.upperBound()).isGreaterThanOrEqualTo(exact.total());
        assertThat(heuristic.reason()[3]).isEqualTo(Ordering.Reason.NO_BENEFIT);
    }

    @Test
    void withinReachCountsPeopleWithACentreInForceNearby() {
        Ordering.Problem served = problem(List.of(OPEN_B, OPEN_C, GROW_A), 0);
        Ordering.Problem reach = new Ordering.Problem(served.withoutChanges(), served.assignment(), served.candidates(),
                BUDGET, Ordering.Objective.WITHIN_REACH, 10_000, 0);
        Ordering.Plan plan = Ordering.plan(reach);
        // A's growth reaches nobody new; B (10 people for 100) and C (6 for 50): C in 2026, B in 2028
        assertThat(plan.yearIndex()).containsExactly(2, 0, -1);
        assertThat(plan.reason()[2]).isEqualTo(Ordering.Reason.NO_BENEFIT);
        assertThat(plan.none()).containsExactly(13, 13, 13);
    }

    @Test
    void aBudgetNeedsOneNumberNotBelowZeroPerYear() {
        Ordering.Problem ok = problem(List.of(OPEN_B), 0);
        assertThatThrownBy(() -> new Ordering.Problem(ok.withoutChanges(), ok.assignment(), ok.candidates(),
                new double[] {1, 2}, Ordering.Objective.SERVED, 10, 0)).hasMessageContaining("one amount per year");
        assertThatThrownBy(() -> new Ordering.Problem(ok.withoutChanges(), ok.assignment(), ok.candidates(),
                new double[] {1, -2, 3}, Ordering.Objective.SERVED, 10, 0)).hasMessageContaining("not below 0");
    }
}
