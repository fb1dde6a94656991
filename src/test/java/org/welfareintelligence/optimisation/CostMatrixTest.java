package org.welfareintelligence.optimisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CostMatrixTest {

    @Test
    void euclideanCostsAreDistances() {
        // (0,0) to (3,4) is 5; (0,0) to (0,0) is 0
        EuclideanCostMatrix costs = new EuclideanCostMatrix(new double[] {0}, new double[] {0},
                new double[] {3, 0}, new double[] {4, 0});
        assertThat(costs.cost(0, 0)).isEqualTo(5.0);
        assertThat(costs.cost(0, 1)).isEqualTo(0.0);
        assertThat(costs.demands()).isEqualTo(1);
        assertThat(costs.sites()).isEqualTo(2);
    }

    @Test
    void gridRadiusQueriesFindExactlyThePointsWithin() {
        SplittableRandom random = new SplittableRandom(3);
        int n = 2_000;
        int m = 300;
        double[] dx = new double[n];
        double[] dy = new double[n];
        double[] sx = new double[m];
        double[] sy = new double[m];
        for (int i = 0; i < n; i++) {
            dx[i] = random.nextDouble(0, 15_000);
            dy[i] = random.nextDouble(0, 12_000);
        }
        for (int j = 0; j < m; j++) {
            sx[j] = random.nextDouble(0, 15_000);
            sy[j] = random.nextDouble(0, 12_000);
        }
        EuclideanCostMatrix lazy = new EuclideanCostMatrix(dx, dy, sx, sy);
        DenseCostMatrix dense = DenseCostMatrix.euclidean(dx, dy, sx, sy);
        for (double radius : new double[] {0, 250, 1_000, 4_000, 30_000}) {
            for (int i = 0; i < n; i += 97) {
                assertThat(sitesWithin(lazy, i, radius)).containsExactlyInAnyOrderElementsOf(
                        sitesWithin(dense, i, radius));
            }
            for (int j = 0; j < m; j += 13) {
                List<Integer> fromGrid = new ArrayList<>();
                lazy.demandsWithin(j, radius, (demand, c) -> fromGrid.add(demand));
                List<Integer> scanned = new ArrayList<>();
                dense.demandsWithin(j, radius, (demand, c) -> scanned.add(demand));
                assertThat(fromGrid).containsExactlyInAnyOrderElementsOf(scanned);
            }
        }
        assertThat(lazy.cost(17, 42)).isCloseTo(dense.cost(17, 42), within(1e-9));
    }

    private static List<Integer> sitesWithin(CostMatrix costs, int demand, double radius) {
        List<Integer> sites = new ArrayList<>();
        costs.sitesWithin(demand, radius, (site, c) -> {
            assertThat(c).isLessThanOrEqualTo(radius);
            sites.add(site);
        });
        return sites;
    }

    @Test
    void combinesTargetsIntoOneWeightVector() {
        // 2 × {1, 0, 3} + 0.5 × {4, 2, 0} = {4, 1, 6}
        double[] combined = DemandWeights.combine(new double[][] {{1, 0, 3}, {4, 2, 0}}, new double[] {2, 0.5});
        assertThat(combined).containsExactly(4, 1, 6);

        assertThatThrownBy(() -> DemandWeights.combine(new double[][] {{1, 2}, {1}}, new double[] {1, 1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("target 1 has 1 demand values, target 0 has 2");
        assertThatThrownBy(() -> DemandWeights.combine(new double[][] {{1}}, new double[] {-1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("factor of target 0 must be finite and non-negative");
    }

    @Test
    void rejectsBadCoordinates() {
        assertThatThrownBy(() -> new EuclideanCostMatrix(new double[] {0, 1}, new double[] {0}, new double[] {0},
                new double[] {0}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("demand coordinates must be two arrays of the same, non-zero length");
        assertThatThrownBy(() -> new EuclideanCostMatrix(new double[] {0}, new double[] {0},
                new double[] {Double.NaN}, new double[] {0}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("site point 0 has a non-finite coordinate");
    }

    /** Random pairs within 2,500 m of 600 points and 80 sites, the rest unlisted at a 3,000 m cutoff. */
    private static SparseCostMatrix sparseWithin(EuclideanCostMatrix full, double listedUpTo, double cutoff) {
        List<int[]> pairs = new ArrayList<>();
        List<Double> costs = new ArrayList<>();
        // listed in a scrambled order, as a file would give them
        for (int j = full.sites() - 1; j >= 0; j--) {
            for (int i = 0; i < full.demands(); i++) {
                if (full.cost(i, j) <= listedUpTo) {
                    pairs.add(new int[] {i, j});
                    costs.add(full.cost(i, j));
                }
            }
        }
        return new SparseCostMatrix(full.demands(), full.sites(), pairs.stream().mapToInt(q -> q[0]).toArray(),
                pairs.stream().mapToInt(q -> q[1]).toArray(), costs.stream().mapToDouble(Double::doubleValue).toArray(),
                cutoff);
    }

    private static EuclideanCostMatrix randomPoints(long seed, int n, int m) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] dx = random.doubles(n, 0, 10_000).toArray();
        double[] dy = random.doubles(n, 0, 8_000).toArray();
        double[] sx = random.doubles(m, 0, 10_000).toArray();
        double[] sy = random.doubles(m, 0, 8_000).toArray();
        return new EuclideanCostMatrix(dx, dy, sx, sy);
    }

    @Test
    void sparseCostsAreTheListedOnesCappedAndTheCutoffElsewhere() {
        EuclideanCostMatrix full = randomPoints(5, 600, 80);
        // listed up to 3,500 m but capped at the 3,000 m cutoff, unlisted beyond 3,500 m
        SparseCostMatrix sparse = sparseWithin(full, 3_500, 3_000);

        for (int i = 0; i < full.demands(); i++) {
            for (int j = 0; j < full.sites(); j++) {
                assertThat(sparse.cost(i, j)).isEqualTo(Math.min(full.cost(i, j), 3_000));
            }
        }
        for (double radius : new double[] {0, 800, 2_999, 3_000, 5_000}) {
            for (int i = 0; i < full.demands(); i += 7) {
                List<Integer> expected = new ArrayList<>();
                List<Integer> found = new ArrayList<>();
                final int demand = i;
                for (int j = 0; j < full.sites(); j++) {
                    if (sparse.cost(demand, j) <= radius) {
                        expected.add(j);
                    }
                }
                sparse.sitesWithin(demand, radius, (j, c) -> {
                    assertThat(c).isEqualTo(sparse.cost(demand, j));
                    found.add(j);
                });
                assertThat(found).as("sites within %s m of point %d", radius, i).containsExactlyElementsOf(expected);
            }
            for (int j = 0; j < full.sites(); j += 5) {
                List<Integer> expected = new ArrayList<>();
                List<Integer> found = new ArrayList<>();
                final int site = j;
                for (int i = 0; i < full.demands(); i++) {
                    if (sparse.cost(i, site) <= radius) {
                        expected.add(i);
                    }
                }
                sparse.demandsWithin(site, radius, (i, c) -> found.add(i));
                assertThat(found).as("points within %s m of site %d", radius, j).containsExactlyElementsOf(expected);
            }
        }
    }

    @Test
    void pMedianOnSparseCostsMatchesTheSameCostsStoredDensely() {
        EuclideanCostMatrix full = randomPoints(9, 300, 40);
        SparseCostMatrix sparse = sparseWithin(full, 2_500, 2_500);
        double[] dense = new double[300 * 40];
        for (int i = 0; i < 300; i++) {
            for (int j = 0; j < 40; j++) {
                dense[i * 40 + j] = Math.min(full.cost(i, j), 2_500);
            }
        }
        double[] weights = new SplittableRandom(2).doubles(300, 1, 20).toArray();
        SolveControl control = SolveControl.defaults().withThreads(1);

        LocationSolution onSparse = new PMedian(LocationData.allSites(sparse, weights).withFixed(4), 6).solve(control);
        LocationSolution onDense = new PMedian(LocationData.allSites(new DenseCostMatrix(300, 40, dense), weights)
                .withFixed(4), 6).solve(control);

        assertThat(onSparse.openSites()).containsExactly(onDense.openSites());
        assertThat(onSparse.objective()).isCloseTo(onDense.objective(), within(1e-6));
    }

    @Test
    void sparseCostsRefuseRepeatedOrOutOfRangePairs() {
        assertThatThrownBy(() -> new SparseCostMatrix(2, 2, new int[] {0, 0}, new int[] {1, 1},
                new double[] {3, 4}, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("demand point 0 and site 1 is listed twice");
        assertThatThrownBy(() -> new SparseCostMatrix(2, 2, new int[] {0}, new int[] {2}, new double[] {3}, 10))
                .hasMessageContaining("outside the 2 x 2 matrix");
        assertThatThrownBy(() -> new SparseCostMatrix(2, 2, new int[] {0}, new int[] {1}, new double[] {-1}, 10))
                .hasMessageContaining("must be finite and non-negative");
    }
}
