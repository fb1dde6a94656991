package org.welfareintelligence.analytics.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SparseCostsTest {

    @Test
    void rowsAreSortedByCostThenDestination() {
        SparseCosts costs = TwoFacilityExample.sectionsToFacilities();

        assertThat(costs.origins()).isEqualTo(4);
        assertThat(costs.destinations()).isEqualTo(2);
        assertThat(costs.pairs()).isEqualTo(6);
        assertThat(costs.rowEnd(0) - costs.rowStart(0)).isEqualTo(2);
        assertThat(costs.cost(costs.rowStart(0))).isEqualTo(500);
        assertThat(costs.destination(costs.rowStart(0))).isEqualTo(TwoFacilityExample.A);
        SparseCosts tied = SparseCosts.fromTriples(1, 3, new int[] {0, 0, 0}, new int[] {2, 0, 1}, new double[] {5, 5, 1});
        assertThat(Nearest.nthNearestCost(tied, 3)).containsExactly(5);
        assertThat(tied.destination(1)).isZero();
        assertThat(tied.destination(2)).isEqualTo(2);
    }

    @Test
    void transposeAndWithin() {
        SparseCosts byFacility = TwoFacilityExample.sectionsToFacilities().transpose();

        assertThat(byFacility.origins()).isEqualTo(2);
        // facility B: s2 at 800, s0 at 2500, s3 at 3500
        int b = TwoFacilityExample.B;
        assertThat(byFacility.rowEnd(b) - byFacility.rowStart(b)).isEqualTo(3);
        assertThat(byFacility.destination(byFacility.rowStart(b))).isEqualTo(2);
        assertThat(byFacility.cost(byFacility.rowEnd(b) - 1)).isEqualTo(3500);
        // within is inclusive: 2,500 keeps s0–B and s2–A
        assertThat(TwoFacilityExample.sectionsToFacilities().within(2500).pairs()).isEqualTo(5);
        assertThat(TwoFacilityExample.sectionsToFacilities().within(2499).pairs()).isEqualTo(3);
    }

    @Test
    void refusesBadTriples() {
        assertThatThrownBy(() -> SparseCosts.fromTriples(2, 2, new int[] {2}, new int[] {0}, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("origin 2");
        assertThatThrownBy(() -> SparseCosts.fromTriples(2, 2, new int[] {0}, new int[] {-1}, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("destination -1");
        assertThatThrownBy(() -> SparseCosts.fromTriples(2, 2, new int[] {0}, new int[] {0}, new double[] {Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cost NaN");
        assertThatThrownBy(() -> SparseCosts.fromTriples(2, 2, new int[] {0}, new int[] {0}, new double[] {-1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cost -1");
        assertThatThrownBy(() -> SparseCosts.fromTriples(2, 2, new int[] {0, 0}, new int[] {1, 1}, new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(0, 1) appears twice");
    }

    @Test
    void euclideanCostsInMetresAndMinutes() {
        double[] origin = {0};
        double[] destinationX = {3000, 0, 5000};
        double[] destinationY = {4000, 1000, 0};

        // 5,000 m and 1,000 m straight; ×1.2 detour = 6,000 and 1,200 m; 6,000 m is exactly on the cutoff
        SparseCosts metres = new EuclideanCosts(1.2, 0).between(origin, origin, destinationX, destinationY, 6000);
        assertThat(metres.pairs()).isEqualTo(3);
        assertThat(metres.cost(0)).isCloseTo(1200, within(1e-9));
        assertThat(metres.destination(0)).isEqualTo(1);
        // at 30 km/h = 500 m/min: 1,200 m → 2.4 min, 6,000 m → 12 min
        EuclideanCosts minutes = new EuclideanCosts(1.2, 30);
        SparseCosts timed = minutes.between(origin, origin, destinationX, destinationY, 12);
        assertThat(minutes.unit()).isEqualTo("min");
        assertThat(timed.cost(0)).isCloseTo(2.4, within(1e-12));
        assertThat(timed.cost(2)).isCloseTo(12, within(1e-12));
        assertThatThrownBy(() -> new EuclideanCosts(1, 0).between(new double[] {Double.NaN}, origin, origin, origin, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("origin 0");
    }

    @Test
    void gridFindsExactlyThePairsABruteForceFinds() {
        SplittableRandom random = new SplittableRandom(3);
        int n = 400;
        int m = 150;
        double[] ox = random.doubles(n, 0, 10_000).toArray();
        double[] oy = random.doubles(n, 0, 6_000).toArray();
        double[] dx = random.doubles(m, -500, 10_500).toArray();
        double[] dy = random.doubles(m, 0, 6_000).toArray();
        for (double cutoff : new double[] {0, 50, 700, 2500, 20_000}) {
            SparseCosts costs = new EuclideanCosts(1.3, 0).between(ox, oy, dx, dy, cutoff);
            int expectedPairs = 0;
            for (int i = 0; i < n; i++) {
                int inRow = 0;
                for (int j = 0; j < m; j++) {
                    if (Math.sqrt((ox[i] - dx[j]) * (ox[i] - dx[j]) + (oy[i] - dy[j]) * (oy[i] - dy[j])) * 1.3 <= cutoff) {
                        inRow++;
                    }
                }
                assertThat(costs.rowEnd(i) - costs.rowStart(i)).as("origin %d at cutoff %s", i, cutoff).isEqualTo(inRow);
                expectedPairs += inRow;
                for (int k = costs.rowStart(i) + 1; k < costs.rowEnd(i); k++) {
                    assertThat(costs.cost(k)).isGreaterThanOrEqualTo(costs.cost(k - 1));
                }
            }
            assertThat(costs.pairs()).isEqualTo(expectedPairs);
        }
    }
}
