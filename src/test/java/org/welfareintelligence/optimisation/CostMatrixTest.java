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
}
