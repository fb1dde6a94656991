package org.welfareintelligence.optimisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PMedianSolverTest {

    private static final Path PMEDIAN_DIR =
            Path.of(System.getProperty("wi.shared-dir", "../shared"), "benchmarks", "pmedian");

    /** Points on a line at x = 0, 1, 2, 10, 11; every point is also a candidate; cost = |xi - xj|. */
    private static final double[] LINE = {0, 1, 2, 10, 11};

    private static PMedianProblem lineProblem(int p, int... fixedOpen) {
        int n = LINE.length;
        double[] cost = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                cost[i * n + j] = Math.abs(LINE[i] - LINE[j]);
            }
        }
        return new PMedianProblem(cost, new double[] {1, 1, 1, 1, 1}, n, p, fixedOpen);
    }

    @Test
    void solvesTinyLineInstanceExactly() {
        // p = 2: one median must serve {0, 1, 2}, best at x = 1 (cost 1 + 0 + 1 = 2), the other {10, 11},
        // at either end (cost 1). Any other split costs more, e.g. {0,1,2,10} | {11} costs >= 10.
        // Optimum 3: sites {1, 3} or {1, 4}, tied.
        PMedianSolution solution = new PMedianSolver().solve(lineProblem(2), 7);

        assertThat(solution.objective()).isEqualTo(3.0);
        assertThat(solution.openSites()).hasSize(2).contains(1);
        assertThat(solution.openSites()[1]).isIn(3, 4);
        int far = solution.openSites()[1];
        assertThat(solution.allocation()).containsExactly(1, 1, 1, far, far);
    }

    @Test
    void keepsFixedSitesOpen() {
        // with x = 0 fixed, the best second median is x = 10 or 11: cost 0 + 1 + 2 + 1 = 4
        PMedianSolution solution = new PMedianSolver().solve(lineProblem(2, 0), 7);

        assertThat(solution.openSites()).contains(0);
        assertThat(solution.objective()).isEqualTo(4.0);

        // with x = 2 and x = 11 fixed and p = 3, the free median goes to x = 0 or 1 to cover 0, 1, 2: cost 1 + 1 = 2
        PMedianSolution three = new PMedianSolver().solve(lineProblem(3, 2, 4), 7);
        assertThat(three.openSites()).contains(2, 4).hasSize(3);
        assertThat(three.objective()).isEqualTo(2.0);
    }

    @Test
    void onlyFixedSitesWhenNothingIsFree() {
        PMedianSolution solution = new PMedianSolver().solve(lineProblem(2, 0, 4), 7);

        assertThat(solution.openSites()).containsExactly(0, 4);
        assertThat(solution.objective()).isEqualTo(0 + 1 + 2 + 1 + 0);
        assertThat(solution.stoppingReason()).startsWith("no swap possible");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pmed1", "pmed2", "pmed3", "pmed4", "pmed5"})
    void reachesKnownOptimumOnOrLibrary(String name) throws IOException {
        Map<String, Double> optima = OrLibraryPMedian.readOptima(PMEDIAN_DIR.resolve("pmedopt.txt"));
        PMedianProblem problem = OrLibraryPMedian.read(PMEDIAN_DIR.resolve(name + ".txt"));

        PMedianSolution solution = new PMedianSolver().solve(problem, 1);

        assertThat(solution.openSites()).hasSize(problem.p()).isSorted();
        assertThat(solution.objective()).isEqualTo(optima.get(name));
    }

    @Test
    void sameSeedGivesSameSolution() throws IOException {
        PMedianProblem problem = OrLibraryPMedian.read(PMEDIAN_DIR.resolve("pmed4.txt"));
        PMedianSolver solver = new PMedianSolver(100, 60_000);

        PMedianSolution first = solver.solve(problem, 42);
        PMedianSolution second = solver.solve(problem, 42);

        assertThat(second.openSites()).containsExactly(first.openSites());
        assertThat(second.allocation()).containsExactly(first.allocation());
        assertThat(second.objective()).isEqualTo(first.objective());
        assertThat(second.iterations()).isEqualTo(first.iterations());
    }

    @Test
    void readsOptimaWithoutTheHeaderLine() throws IOException {
        Map<String, Double> optima = OrLibraryPMedian.readOptima(PMEDIAN_DIR.resolve("pmedopt.txt"));

        assertThat(optima).containsEntry("pmed1", 5819.0).containsEntry("pmed5", 1355.0).doesNotContainKey("Data");
    }

    @Test
    void shortestPathsGoAroundLongEdges() {
        double inf = Double.POSITIVE_INFINITY;
        // triangle 0-1 (1), 1-2 (1), 0-2 (5): the path 0-1-2 is shorter than the direct edge
        double[] distance = {0, 1, 5, 1, 0, 1, 5, 1, 0};
        OrLibraryPMedian.shortestPaths(distance, 3);
        assertThat(distance).containsExactly(0, 1, 2, 1, 0, 1, 2, 1, 0);

        double[] disconnected = {0, inf, inf, 0};
        OrLibraryPMedian.shortestPaths(disconnected, 2);
        assertThat(disconnected[1]).isInfinite();
    }

    @Test
    void rejectsBadArguments() {
        double[] cost = new double[5 * 5];
        double[] weights = {1, 1, 1, 1, 1};

        assertThatThrownBy(() -> new PMedianProblem(cost, weights, 5, 6))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("p must be between 1 and the number of candidate sites (5), got 6");
        assertThatThrownBy(() -> new PMedianProblem(cost, new double[] {1, 1, -2, 1, 1}, 5, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("weight of demand point 2 must be finite and non-negative, got -2.0");
        assertThatThrownBy(() -> new PMedianProblem(new double[24], weights, 5, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cost matrix must have n*m = 5*5 = 25 entries, got 24");
        assertThatThrownBy(() -> new PMedianProblem(cost, weights, 5, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("p must be between 1");
        assertThatThrownBy(() -> new PMedianProblem(cost, weights, 5, 2, new int[] {1, 2, 3}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot keep 3 fixed sites open with p = 2");
        assertThatThrownBy(() -> new PMedianProblem(cost, weights, 5, 2, new int[] {7}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fixed site 7 is not a candidate");
        assertThatThrownBy(() -> new PMedianProblem(cost, weights, 5, 2, new int[] {1, 1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fixed site 1 is listed twice");
        double[] negativeCost = cost.clone();
        negativeCost[7] = -1;
        assertThatThrownBy(() -> new PMedianProblem(negativeCost, weights, 5, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cost from demand point 1 to site 2 must be finite and non-negative");
    }
}
