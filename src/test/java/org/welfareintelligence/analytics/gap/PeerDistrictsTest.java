package org.welfareintelligence.analytics.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PeerDistrictsTest {

    /**
     * Four districts on one varying feature x = 0, 1, 3, 10 (z-scores keep the order and scale every distance
     * alike) and one constant feature, which must not count. Distances |x_u - x_v|:
     * d0: to 1 = 1, to 2 = 3, to 3 = 10 → peers {1, 2}
     * d1: to 0 = 1, to 2 = 2, to 3 = 9  → peers {0, 2}
     * d2: to 1 = 2, to 0 = 3, to 3 = 7  → peers {1, 0}
     * d3: to 2 = 7, to 1 = 9, to 0 = 10 → peers {2, 1}
     */
    private static final double[][] FEATURES = {{0, 1, 3, 10}, {5, 5, 5, 5}};

    @Test
    void peersAreTheNearestInStandardisedSpace() {
        int[][] peers = PeerDistricts.nearest(FEATURES, 2);
        assertThat(peers[0]).containsExactly(1, 2);
        assertThat(peers[1]).containsExactly(0, 2);
        assertThat(peers[2]).containsExactly(1, 0);
        assertThat(peers[3]).containsExactly(2, 1);
    }

    /**
     * places 10, 0, 30, 100 and target people 1000, 2000, 1000, 500:
     * d0 and d3 (peers 1, 2): (0 + 30) / (2000 + 1000) × 1000 = 10
     * d1 (peers 0, 2): (10 + 30) / (1000 + 1000) × 1000 = 20
     * d2 (peers 1, 0): (0 + 10) / (2000 + 1000) × 1000 = 3.333…
     */
    @Test
    void benchmarkIsThePooledRateOfThePeers() {
        double[] rate = PeerDistricts.benchmark(PeerDistricts.nearest(FEATURES, 2), new double[] {10, 0, 30, 100},
                new double[] {1000, 2000, 1000, 500});
        assertThat(rate[0]).isCloseTo(10, within(1e-12));
        assertThat(rate[1]).isCloseTo(20, within(1e-12));
        assertThat(rate[2]).isCloseTo(10.0 / 3, within(1e-12));
        assertThat(rate[3]).isCloseTo(10, within(1e-12));
    }

    @Test
    void peersWithoutTargetPeopleGiveNoBenchmark() {
        double[] rate = PeerDistricts.benchmark(new int[][] {{1}, {0}}, new double[] {5, 0}, new double[] {100, 0});
        assertThat(rate[0]).isNaN();
        assertThat(rate[1]).isCloseTo(50, within(1e-12));
    }

    @Test
    void refusesMorePeersThanThereAreOtherDistricts() {
        assertThatThrownBy(() -> PeerDistricts.nearest(FEATURES, 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("peers must be between 1 and the number of districts - 1 (3), got 4");
    }
}
