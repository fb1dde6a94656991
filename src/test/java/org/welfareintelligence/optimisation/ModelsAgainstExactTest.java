package org.welfareintelligence.optimisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every model's heuristic against the optimum that OR-Tools proves, on small random instances
 * (40 points, 15 sites, seeds 1–5), with and without a fixed site. Also checks that each heuristic's
 * bound really bounds the optimum.
 */
class ModelsAgainstExactTest {

    private static final SolveControl CONTROL = SolveControl.defaults().withTimeLimit(60_000);
    private static final double RADIUS = 2_500;

    private static LocationData data(long seed, boolean withFixed) {
        LocationData data = RandomInstances.instance(seed, 40, 15);
        return withFixed ? data.withFixed(3) : data;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void pMedianMatchesExact(long seed) {
        for (boolean withFixed : new boolean[] {false, true}) {
            PMedian model = new PMedian(data(seed, withFixed), 4);
            LocationSolution heuristic = model.solve(CONTROL);
            LocationSolution exact = model.solveExact(CONTROL);

            assertThat(exact.stop()).isEqualTo(StopReason.OPTIMAL);
            assertThat(heuristic.objective()).isCloseTo(exact.objective(), within(1e-6 * exact.objective()));
            assertThat(heuristic.lowerBound()).isLessThanOrEqualTo(exact.objective() + 1e-6);
            assertOpensFixed(heuristic, withFixed);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void maximalCoveringMatchesExact(long seed) {
        for (boolean withFixed : new boolean[] {false, true}) {
            MaximalCovering model = new MaximalCovering(data(seed, withFixed), 3, RADIUS);
            LocationSolution heuristic = model.solve(CONTROL);
            LocationSolution exact = model.solveExact(CONTROL);

            assertThat(exact.stop()).isEqualTo(StopReason.OPTIMAL);
            assertThat(heuristic.objective()).isEqualTo(exact.objective());
            assertThat(heuristic.upperBound()).isGreaterThanOrEqualTo(exact.objective());
            assertThat(heuristic.openSites()).hasSize(3);
            assertOpensFixed(heuristic, withFixed);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void setCoveringMatchesExact(long seed) {
        for (boolean withFixed : new boolean[] {false, true}) {
            SetCovering model = new SetCovering(data(seed, withFixed), RADIUS);
            LocationSolution heuristic = model.solve(CONTROL);
            LocationSolution exact = model.solveExact(CONTROL);

            assertThat(exact.stop()).isEqualTo(StopReason.OPTIMAL);
            assertThat(heuristic.objective()).isEqualTo(exact.objective());
            assertThat(heuristic.lowerBound()).isLessThanOrEqualTo(exact.objective());
            assertOpensFixed(heuristic, withFixed);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void pCenterMatchesExact(long seed) {
        for (boolean withFixed : new boolean[] {false, true}) {
            PCenter model = new PCenter(data(seed, withFixed), 3);
            LocationSolution heuristic = model.solve(CONTROL);
            LocationSolution exact = model.solveExact(CONTROL);

            assertThat(exact.stop()).isEqualTo(StopReason.OPTIMAL);
            assertThat(heuristic.objective()).isCloseTo(exact.objective(), within(1e-6));
            assertThat(heuristic.lowerBound()).isLessThanOrEqualTo(exact.objective() + 1e-6);
            assertOpensFixed(heuristic, withFixed);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void budgetCoveringMatchesExact(long seed) {
        for (boolean withFixed : new boolean[] {false, true}) {
            LocationData data = data(seed, withFixed);
            double[] openingCost = new double[15];
            for (int j = 0; j < 15; j++) {
                openingCost[j] = 1 + (j * 7 + seed) % 4;
            }
            BudgetCovering model = new BudgetCovering(data, RADIUS, openingCost, 6);
            LocationSolution heuristic = model.solve(CONTROL);
            LocationSolution exact = model.solveExact(CONTROL);

            assertThat(exact.stop()).isEqualTo(StopReason.OPTIMAL);
            assertThat(heuristic.objective()).isEqualTo(exact.objective());
            assertThat(heuristic.upperBound()).isGreaterThanOrEqualTo(exact.objective());
            double spent = Arrays.stream(heuristic.openSites())
                    .filter(site -> Arrays.binarySearch(data.fixed(), site) < 0)
                    .mapToDouble(site -> openingCost[site]).sum();
            assertThat(spent).isLessThanOrEqualTo(6.0);
            assertOpensFixed(heuristic, withFixed);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void capacitatedPMedianMatchesExact(long seed) {
        LocationData data = RandomInstances.instance(seed, 20, 8);
        double total = data.totalWeight();
        double[] capacity = new double[8];
        // three sites must share the demand: each can take about 45 % of it
        Arrays.fill(capacity, Math.ceil(0.45 * total));
        CapacitatedPMedian model = new CapacitatedPMedian(data, 3, capacity);
        LocationSolution heuristic = model.solve(CONTROL);
        LocationSolution exact = model.solveExact(CONTROL);

        assertThat(exact.stop()).isEqualTo(StopReason.OPTIMAL);
        assertThat(heuristic.assignment()).doesNotContain(-1);
        assertThat(heuristic.objective()).isCloseTo(exact.objective(), within(1e-6 * exact.objective()));
        assertThat(heuristic.lowerBound()).isLessThanOrEqualTo(exact.objective() + 1e-6);
        double[] load = new double[8];
        for (int i = 0; i < 20; i++) {
            load[heuristic.assignment()[i]] += data.weights()[i];
        }
        for (double l : load) {
            assertThat(l).isLessThanOrEqualTo(capacity[0]);
        }
    }

    private static void assertOpensFixed(LocationSolution solution, boolean withFixed) {
        if (withFixed) {
            assertThat(solution.openSites()).contains(3);
        }
    }
}
