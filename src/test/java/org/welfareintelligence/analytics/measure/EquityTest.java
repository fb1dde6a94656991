package org.welfareintelligence.analytics.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EquityTest {

    private static final double TOLERANCE = 1e-12;
    private static final double[] EQUAL = {1, 1, 1, 1, 1};

    /** 2SFCA access of {@link TwoFacilityExample}: s3 has none (NaN), which counts as 0. */
    private static final double[] ACCESS = {1.0 / 15, 1.0 / 60, 1.0 / 15, Double.NaN};
    private static final double[] PEOPLE = TwoFacilityExample.PEOPLE;

    @Test
    void knownValues() {
        // Gini of 1..5: Σ|xi − xj| / (2 n² μ) = 40 / (2 · 25 · 3) = 4/15
        assertThat(Equity.gini(new double[] {1, 2, 3, 4, 5}, EQUAL)).isCloseTo(4.0 / 15, within(TOLERANCE));
        assertThat(Equity.gini(new double[] {7, 7, 7, 7, 7}, EQUAL)).isCloseTo(0, within(TOLERANCE));
        // one person holds everything among 4: 1 − 1/n = 0.75; Theil T reaches its maximum ln n
        assertThat(Equity.gini(new double[] {0, 0, 0, 1}, new double[] {1, 1, 1, 1})).isCloseTo(0.75, within(TOLERANCE));
        assertThat(Equity.theil(new double[] {0, 0, 0, 1}, new double[] {1, 1, 1, 1}, new int[4]).total())
                .isCloseTo(Math.log(4), within(TOLERANCE));
        assertThat(Equity.theil(new double[] {3, 3, 3}, new double[] {1, 2, 3}, new int[] {0, 1, 1}).total())
                .isCloseTo(0, within(TOLERANCE));
        assertThat(Equity.coefficientOfVariation(new double[] {2, 2}, new double[] {1, 5})).isCloseTo(0, within(TOLERANCE));
        // weights act as repetitions: (1 with weight 2, 3 with weight 1) is the same as (1, 1, 3)
        assertThat(Equity.gini(new double[] {1, 3}, new double[] {2, 1}))
                .isCloseTo(Equity.gini(new double[] {1, 1, 3}, new double[] {1, 1, 1}), within(TOLERANCE));
    }

    @Test
    void lorenzAndGiniOfTheExampleByHand() {
        // ascending: s3 (0, 400 people), s1 (1/60, 200), s0 (1/15, 100), s2 (1/15, 300); total 0 + 3⅓ + 6⅔ + 20 = 30
        // points: (0,0) (0.4,0) (0.6,1/9) (0.7,1/3) (1,1)
        // Gini = 1 − [0.4·0 + 0.2·(0 + 1/9) + 0.1·(1/9 + 1/3) + 0.3·(1/3 + 1)] = 1 − (1/45 + 2/45 + 18/45) = 8/15
        double[][] lorenz = Equity.lorenz(ACCESS, PEOPLE);

        assertThat(lorenz).hasNumberOfRows(5);
        double[][] expected = {{0, 0}, {0.4, 0}, {0.6, 1.0 / 9}, {0.7, 1.0 / 3}, {1, 1}};
        for (int k = 0; k < expected.length; k++) {
            assertThat(lorenz[k]).containsExactly(expected[k], within(TOLERANCE));
        }
        assertThat(Equity.gini(ACCESS, PEOPLE)).isCloseTo(8.0 / 15, within(TOLERANCE));
    }

    @Test
    void coefficientOfVariationOfTheExampleByHand() {
        // μ = 30/1000 = 0.03; Σ w (x − μ)² = 400·0.03² + 200·(1/75)² + 400·(11/300)² = (32400 + 3200 + 48400)/90000 = 14/15
        // CV = √(14/15 / 1000) / 0.03
        assertThat(Equity.coefficientOfVariation(ACCESS, PEOPLE)).isCloseTo(Math.sqrt(14.0 / 15000) / 0.03, within(TOLERANCE));
    }

    @Test
    void theilOfTheExampleSplitsExactlyIntoBetweenAndWithin() {
        // groups: {s0, s1} (300 people, total 10, mean 1/30) and {s2, s3} (700 people, total 20, mean 1/35); μ = 0.03
        // between = (1/3) ln((1/30)/0.03) + (2/3) ln((1/35)/0.03) = (1/3) ln(10/9) + (2/3) ln(20/21) = 0.0025934
        // T_0 = (1/300)[100·2·ln 2 + 200·0.5·ln 0.5] = ln2/3;  T_1 = (1/700)·300·(7/3)·ln(7/3) = ln(7/3)
        // within = (1/3)(ln2/3) + (2/3) ln(7/3) = 0.6418816
        // total = (1/1000)[100·(20/9)ln(20/9) + 200·(5/9)ln(5/9) + 300·(20/9)ln(20/9)] = 0.6444750
        Equity.Theil theil = Equity.theil(ACCESS, PEOPLE, new int[] {0, 0, 1, 1});

        assertThat(theil.between()).isCloseTo(Math.log(10.0 / 9) / 3 + 2 * Math.log(20.0 / 21) / 3, within(TOLERANCE));
        assertThat(theil.within()).isCloseTo(Math.log(2) / 9 + 2 * Math.log(7.0 / 3) / 3, within(TOLERANCE));
        assertThat(theil.total()).isCloseTo((400 * 20.0 / 9 * Math.log(20.0 / 9) + 200 * 5.0 / 9 * Math.log(5.0 / 9)) / 1000,
                within(TOLERANCE));
        assertThat(theil.between() + theil.within()).isCloseTo(theil.total(), within(TOLERANCE));
    }

    @Test
    void palmaInterpolatesAtTheCuts() {
        // 1..10: top 10 % hold 10/55, bottom 40 % hold 10/55 → 1
        assertThat(Equity.palma(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, new double[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1}))
                .isCloseTo(1, within(TOLERANCE));
        // 1..5: L(0.4) = 3/15; L(0.9) halfway between (0.8, 10/15) and (1, 1) = 12.5/15 → (2.5/15)/(3/15) = 5/6
        assertThat(Equity.palma(new double[] {1, 2, 3, 4, 5}, EQUAL)).isCloseTo(5.0 / 6, within(TOLERANCE));
        // in the example the bottom 40 % are s3, with no access at all
        assertThat(Equity.palma(ACCESS, PEOPLE)).isInfinite();
    }

    @Test
    void nothingToShareHasNoValue() {
        assertThat(Equity.gini(new double[] {0, Double.NaN}, new double[] {1, 1})).isNaN();
        assertThat(Equity.lorenz(new double[] {0, 0}, new double[] {1, 1})).isEmpty();
        assertThatThrownBy(() -> Equity.gini(new double[] {1, -1}, new double[] {1, 1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x[1]");
        assertThatThrownBy(() -> Equity.gini(new double[] {1, 1}, new double[] {0, 0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weights");
    }
}
