package org.welfareintelligence.analytics.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Need index, service gap and concentration on small hand-worked inputs. */
class PriorityMeasuresTest {

    private static final double TOLERANCE = 1e-12;

    @Test
    void needIndexByHand() {
        // weights 3 and 1 → 0.75 and 0.25; min–max normalised:
        //   elderly share 0.1, 0.3, 0.2, 0.4 → 0, 2/3, 1/3, 1
        //   poverty       5,   5,   10,  0  → 0.5, 0.5, 1, 0
        //   scores: u0 = 0 + 0.125 = 0.125, u1 = 0.5 + 0.125 = 0.625, u2 = 0.25 + 0.25 = 0.5, u3 = 0.75 + 0 = 0.75
        NeedIndex.Result result = new NeedIndex(new double[][] {{0.1, 0.3, 0.2, 0.4}, {5, 5, 10, 0}}, new double[] {3, 1},
                NeedIndex.Normalisation.MIN_MAX).solve();

        assertThat(result.score()).containsExactly(new double[] {0.125, 0.625, 0.5, 0.75}, within(TOLERANCE));
        assertThat(result.contribution()[1]).containsExactly(new double[] {0.5, 0.125}, within(TOLERANCE));
        for (int u = 0; u < 4; u++) {
            assertThat(result.contribution()[u][0] + result.contribution()[u][1]).isCloseTo(result.score()[u], within(TOLERANCE));
        }
        assertThat(result.rank()).containsExactly(4, 2, 3, 1);
    }

    @Test
    void needIndexNormalisationsAndTies() {
        // share of max: 2, 4, 4, 1 → 0.5, 1, 1, 0.25; the two equal scores share rank 1, the next is 3
        NeedIndex.Result share = new NeedIndex(new double[][] {{2, 4, 4, 1}}, new double[] {1},
                NeedIndex.Normalisation.SHARE_OF_MAX).solve();
        assertThat(share.score()).containsExactly(0.5, 1, 1, 0.25);
        assertThat(share.rank()).containsExactly(3, 1, 1, 4);
        // z-score: 1..4, mean 2.5, population sd √1.25
        NeedIndex.Result z = new NeedIndex(new double[][] {{1, 2, 3, 4}}, new double[] {2}, NeedIndex.Normalisation.Z_SCORE).solve();
        assertThat(z.score()).containsExactly(new double[] {-1.5 / Math.sqrt(1.25), -0.5 / Math.sqrt(1.25),
                0.5 / Math.sqrt(1.25), 1.5 / Math.sqrt(1.25)}, within(TOLERANCE));
        assertThatThrownBy(() -> new NeedIndex(new double[][] {{1, Double.NaN}}, new double[] {1}, NeedIndex.Normalisation.Z_SCORE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("indicator 0, unit 1");
    }

    @Test
    void roundingNoiseIsNotNeed() {
        // a flat-rate target: the rate is the same everywhere, up to the last digits of (rate × base) / base
        double[] base = {1234, 987, 45678};
        double[] rate = new double[base.length];
        for (int u = 0; u < base.length; u++) {
            rate[u] = base[u] * 0.0137 / base[u] * 1000;
        }
        NeedIndex.Result flat = new NeedIndex(new double[][] {rate}, new double[] {1}, NeedIndex.Normalisation.MIN_MAX).solve();
        assertThat(flat.score()).containsOnly(0.0);
        assertThat(flat.rank()).containsOnly(1);
        // next to a real indicator it separates nobody: ranks follow the real one, ties stay ties
        NeedIndex.Result mixed = new NeedIndex(new double[][] {rate, {2, 1, 2}}, new double[] {1, 1},
                NeedIndex.Normalisation.Z_SCORE).solve();
        assertThat(mixed.rank()).containsExactly(1, 3, 1);
        assertThat(Precision.descendingRanks(new double[] {0.3, 0.1 + 0.2, 0.2})).containsExactly(1, 1, 3);
    }

    @Test
    void serviceGapByHand() {
        // benchmark 10 places per 1,000, tolerance ±10 %, 0.5 staff per place:
        //   a0: 1000 people → expects 10, has 10 → BALANCED, gap 0
        //   a1:  500 people → expects 5, has 0   → UNDER, gap 5 places, 2.5 staff
        //   a2: 2000 people → expects 20, has 30 → OVER (30 > 22), gap −10, −5 staff
        //   a3:    0 people → NO_DEMAND, its 5 places are surplus: gap −5
        ServiceGap.Result result = ServiceGap.against(new double[] {10, 0, 30, 5}, new double[] {1000, 500, 2000, 0},
                new double[] {10, 10, 10, 10}, 0.1, 0.5);

        assertThat(result.status()).containsExactly(ServiceGap.Status.BALANCED, ServiceGap.Status.UNDER,
                ServiceGap.Status.OVER, ServiceGap.Status.NO_DEMAND);
        assertThat(result.gapPlaces()).containsExactly(0, 5, -10, -5);
        assertThat(result.gapStaff()).containsExactly(0, 2.5, -5, -2.5);
        // city: 45 places for 3,500 people = 12.857 per 1,000
        assertThat(ServiceGap.cityRate(new double[] {10, 0, 30, 5}, new double[] {1000, 500, 2000, 0}))
                .isCloseTo(45.0 / 3.5, within(TOLERANCE));
        assertThat(ServiceGap.cityRate(new double[] {1}, new double[] {0})).isNaN();
    }

    @Test
    void concentrationByHand() {
        assertThat(Concentration.density(new double[] {10, 3, 4}, new double[] {2, 0.5, 0})).containsExactly(5, 6, Double.NaN);
        // city share 100/500 = 0.2: LQ = (10/100)/0.2 = 0.5, (30/100)/0.2 = 1.5, 0, (60/200)/0.2 = 1.5, no people → NaN
        assertThat(Concentration.locationQuotient(new double[] {10, 30, 0, 60, 0}, new double[] {100, 100, 100, 200, 0}))
                .containsExactly(new double[] {0.5, 1.5, 0, 1.5, Double.NaN}, within(TOLERANCE));
    }
}
