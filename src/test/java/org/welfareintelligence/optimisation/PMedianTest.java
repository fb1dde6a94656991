package org.welfareintelligence.optimisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PMedianTest {

    private static final Path PMEDIAN_DIR =
            Path.of(System.getProperty("wi.shared-dir", "../shared"), "benchmarks", "pmedian");

    /** Points on a line at x = 0, 1, 2, 10, 11; every point is also a candidate; cost = |xi - xj|. */
    static LocationData line() {
        double[] x = {0, 1, 2, 10, 11};
        double[] cost = new double[25];
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                cost[i * 5 + j] = Math.abs(x[i] - x[j]);
            }
        }
        return LocationData.allSites(new DenseCostMatrix(5, 5, cost), new double[] {1, 1, 1, 1, 1});
    }

    @Test
    void solvesTinyLineInstanceExactly() {
        // p = 2: one median must serve {0, 1, 2}, best at x = 1 (cost 1 + 0 + 1 = 2), the other {10, 11},
        // at either end (cost 1). Any other split costs more, e.g. {0,1,2,10} | {11} costs >= 10.
        // Optimum 3: sites {1, 3} or {1, 4}, tied.
        LocationSolution solution = new PMedian(line(), 2).solve(SolveControl.defaults());

        assertThat(solution.objective()).isEqualTo(3.0);
        assertThat(solution.openSites()).hasSize(2).contains(1);
        assertThat(solution.openSites()[1]).isIn(3, 4);
        int far = solution.openSites()[1];
        assertThat(solution.assignment()).containsExactly(1, 1, 1, far, far);
        // whole-number data: the Lagrangean bound rounds up to 3 and proves the optimum
        assertThat(solution.lowerBound()).isEqualTo(3.0);
        assertThat(solution.stop()).isEqualTo(StopReason.OPTIMAL);
        // closing x = 1 sends 0, 1, 2 to the far site: at x = 10 that costs 10 + 9 + 8 instead of 1 + 0 + 1
        // (+25), at x = 11 it costs 11 + 10 + 9 (+28); closing the far site sends 10 and 11 to x = 1:
        // 9 + 10 instead of 0 + 1 (+18) whichever end it is
        assertThat(solution.siteContribution()).containsExactly(far == 3 ? 25.0 : 28.0, 18.0);
    }

    @Test
    void keepsFixedSitesOpen() {
        // with x = 0 fixed, the best second median is x = 10 or 11: cost 0 + 1 + 2 + 1 = 4
        LocationSolution solution = new PMedian(line().withFixed(0), 2).solve(SolveControl.defaults());
        assertThat(solution.openSites()).contains(0);
        assertThat(solution.objective()).isEqualTo(4.0);

        // x = 2 and x = 11 fixed, p = 3: the free median goes to x = 0 or 1 to serve 0, 1, 2: cost 1 + 1 = 2
        LocationSolution three = new PMedian(line().withFixed(2, 4), 3).solve(SolveControl.defaults());
        assertThat(three.openSites()).contains(2, 4).hasSize(3);
        assertThat(three.objective()).isEqualTo(2.0);
    }

    @Test
    void onlyFixedSitesWhenNothingIsFree() {
        LocationSolution solution = new PMedian(line().withFixed(0, 4), 2).solve(SolveControl.defaults());

        assertThat(solution.openSites()).containsExactly(0, 4);
        assertThat(solution.objective()).isEqualTo(0 + 1 + 2 + 1 + 0);
        assertThat(solution.stop()).isEqualTo(StopReason.OPTIMAL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pmed1", "pmed2", "pmed3", "pmed4", "pmed5"})
    void heuristicExactAndKnownOptimumAgreeOnOrLibrary(String name) throws IOException {
        Map<String, Double> optima = OrLibraryPMedian.readOptima(PMEDIAN_DIR.resolve("pmedopt.txt"));
        PMedian model = OrLibraryPMedian.read(PMEDIAN_DIR.resolve(name + ".txt"));

        LocationSolution heuristic = model.solve(SolveControl.defaults());
        LocationSolution exact = model.solveExact(SolveControl.defaults().withTimeLimit(120_000));

        assertThat(heuristic.openSites()).hasSize(model.p()).isSorted();
        assertThat(heuristic.objective()).isEqualTo(optima.get(name));
        assertThat(exact.stop()).isEqualTo(StopReason.OPTIMAL);
        assertThat(exact.objective()).isEqualTo(optima.get(name));
        assertThat(heuristic.lowerBound()).isLessThanOrEqualTo(optima.get(name));
    }

    @Test
    void sameSeedGivesSameSolutionOnOneThread() throws IOException {
        PMedian model = OrLibraryPMedian.read(PMEDIAN_DIR.resolve("pmed4.txt"));
        SolveControl control = SolveControl.defaults().withThreads(1).withSeed(42);

        LocationSolution first = model.solve(control);
        LocationSolution second = model.solve(control);

        assertThat(second.openSites()).containsExactly(first.openSites());
        assertThat(second.assignment()).containsExactly(first.assignment());
        assertThat(second.objective()).isEqualTo(first.objective());
    }

    @Test
    void sameSeedGivesSameSolutionOnTwoThreadsAmongTiedOptima() {
        // a 12 x 12 lattice with Manhattan costs is symmetric under 8 rotations and reflections, so its
        // optima come in tied families; both searches reach them and the earliest round must win every time
        int side = 12;
        int n = side * side;
        double[] cost = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                cost[i * n + j] = Math.abs(i / side - j / side) + Math.abs(i % side - j % side);
            }
        }
        double[] weights = new double[n];
        java.util.Arrays.fill(weights, 1);
        PMedian model = new PMedian(LocationData.allSites(new DenseCostMatrix(n, n, cost), weights), 4);
        SolveControl control = SolveControl.defaults().withThreads(2).withSeed(7);

        LocationSolution first = model.solve(control);
        for (int run = 0; run < 8; run++) {
            LocationSolution again = model.solve(control);
            assertThat(again.openSites()).containsExactly(first.openSites());
            assertThat(again.objective()).isEqualTo(first.objective());
        }
    }

    @Test
    void cancellingStopsTheExactSolverLongBeforeItsTimeLimit() throws IOException {
        // SCIP needs minutes to prove pmed16 (400 points) optimal; cancelled after 3 s it answers with the best
        // solution it has, or says it had none yet
        PMedian model = OrLibraryPMedian.read(PMEDIAN_DIR.resolve("pmed16.txt"));
        long start = System.nanoTime();
        SolveControl control = SolveControl.defaults().withTimeLimit(300_000)
                .withCancellation(() -> System.nanoTime() - start > 3_000_000_000L);

        try {
            LocationSolution solution = model.solveExact(control);
            assertThat(solution.stop()).isEqualTo(StopReason.CANCELLED);
            assertThat(solution.openSites()).hasSize(5);
            assertThat(solution.objective()).isGreaterThanOrEqualTo(8162);
        } catch (IllegalStateException e) {
            assertThat(e).hasMessage("the exact solver was cancelled before it found a solution");
        }
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(30);
    }

    @Test
    void cancelledSolveStillAnswersWithTheBestSoFar() throws IOException {
        // pmed11's LP bound (7693.3) is below its optimum (7696), so only cancellation can stop it early
        PMedian model = OrLibraryPMedian.read(PMEDIAN_DIR.resolve("pmed11.txt"));
        List<Double> fractions = new ArrayList<>();
        SolveControl control = SolveControl.defaults().withCancellation(() -> true)
                .withProgress((fraction, message) -> fractions.add(fraction));

        LocationSolution solution = model.solve(control);

        assertThat(solution.stop()).isEqualTo(StopReason.CANCELLED);
        assertThat(solution.openSites()).hasSize(5);
        assertThat(solution.objective()).isGreaterThanOrEqualTo(7696);
        assertThat(fractions).isNotEmpty().last().isEqualTo(1.0);
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
        LocationData data = line();
        assertThatThrownBy(() -> new PMedian(data, 6))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("p must be between 1 (at least one, and every fixed site) and the number of "
                        + "openable sites (5), got 6");
        assertThatThrownBy(() -> new PMedian(data, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("p must be between 1");
        assertThatThrownBy(() -> new PMedian(data.withFixed(1, 2, 3), 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("p must be between 3");
        assertThatThrownBy(() -> data.withFixed(7))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fixed site 7 is not a site of the cost matrix");
        assertThatThrownBy(() -> data.withFixed(1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fixed site 1 is listed twice");
        assertThatThrownBy(() -> new LocationData(data.costs(), new double[] {1, 1, -2, 1, 1}, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("weight of demand point 2 must be finite and non-negative, got -2.0");
        assertThatThrownBy(() -> new DenseCostMatrix(5, 5, new double[24]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cost matrix must have n*m = 5*5 = 25 entries, got 24");
        double[] negative = new double[25];
        negative[7] = -1;
        assertThatThrownBy(() -> new DenseCostMatrix(5, 5, negative))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cost from demand point 1 to site 2 must be finite and non-negative");
        assertThatThrownBy(() -> SolveControl.defaults().withTimeLimit(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("time limit must be positive");
    }

    @Test
    void anAnswerStoppedBeforeTheBoundsFirstStepStillCarriesAProvenGap() {
        LocationData data = RandomInstances.instance(7, 4000, 4000);
        LocationSolution solution = new PMedian(data, 20).solve(SolveControl.defaults().withTimeLimit(1));

        assertThat(solution.lowerBound()).isPositive().isLessThanOrEqualTo(solution.objective());
        assertThat(solution.gap()).isNotNaN();
        // no answer beats serving every point from its nearest site
        double nearest = 0;
        for (int i = 0; i < data.weights().length; i++) {
            double best = Double.POSITIVE_INFINITY;
            for (int j = 0; j < 4000; j++) {
                best = Math.min(best, data.costs().cost(i, j));
            }
            nearest += data.weights()[i] * best;
        }
        assertThat(solution.lowerBound()).isGreaterThanOrEqualTo(nearest * (1 - 1e-9));
    }
}
