package org.welfareintelligence.estimates.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DeprivationIndexTest {

    /**
     * Worked by hand. Five sections of 100 residents and a sixth with none. Low education 10..50 %: mean 30 %,
     * deviation √0.02 = 14.14 points, z = -√2, -√2/2, 0, √2/2, √2. Unemployment 5 % except 15 % in the fifth: mean 7 %,
     * deviation 4 points, z = -0.5 ×4 and 2. The other three indicators are the same everywhere (z = 0).
     */
    @Test
    void sumsTheZScoresAndCutsPopulationQuintiles() {
        double[] residents = {100, 100, 100, 100, 100, 0};
        double[][] denominators = {
                {100, 100, 100, 100, 100, 0}, {50, 50, 50, 50, 50, 0}, {40, 40, 40, 40, 40, 0},
                {60, 60, 60, 60, 60, 0}, {30, 30, 30, 30, 30, 0}};
        double[][] numerators = {
                {10, 20, 30, 40, 50, 0}, {2.5, 2.5, 2.5, 2.5, 7.5, 0}, {10, 10, 10, 10, 10, 0},
                {6, 6, 6, 6, 6, 0}, {45, 45, 45, 45, 45, 0}};

        DeprivationIndex.Result index = DeprivationIndex.compute(numerators, denominators, residents);

        double r2 = Math.sqrt(2);
        assertThat(index.score()[0]).isCloseTo(-r2 - 0.5, within(1e-9));
        assertThat(index.score()[1]).isCloseTo(-r2 / 2 - 0.5, within(1e-9));
        assertThat(index.score()[2]).isCloseTo(-0.5, within(1e-9));
        assertThat(index.score()[3]).isCloseTo(r2 / 2 - 0.5, within(1e-9));
        assertThat(index.score()[4]).isCloseTo(r2 + 2, within(1e-9));
        assertThat(index.score()[5]).isNaN();
        assertThat(index.quintile()).containsExactly(1, 2, 3, 4, 5, 0);
    }

    @Test
    void aMissingDenominatorCountsAsTheCityMean() {
        double[] residents = {100, 100, 100};
        double[][] numerators = {{10, 30, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}};
        double[][] denominators = {{100, 100, 0}, {1, 1, 1}, {1, 1, 1}, {1, 1, 1}, {1, 1, 1}};

        DeprivationIndex.Result index = DeprivationIndex.compute(numerators, denominators, residents);

        assertThat(index.score()[0]).isCloseTo(-1, within(1e-9));
        assertThat(index.score()[1]).isCloseTo(1, within(1e-9));
        assertThat(index.score()[2]).isZero();
    }

    /** Residents 300, 100, 200, 400 (1,000): midpoints at 15 %, 35 %, 50 % and 80 % of them. */
    @Test
    void quintilesHoldFifthsOfTheResidentsNotOfTheSections() {
        assertThat(DeprivationIndex.quintiles(new double[] {4, 1, 2, 3}, new double[] {400, 300, 100, 200}))
                .containsExactly(5, 1, 2, 3);
        assertThat(DeprivationIndex.quintiles(new double[] {1, 1, 2}, new double[] {100, 100, 200}))
                .containsExactly(2, 2, 4);
    }

    @Test
    void refusesArraysOfTheWrongShapeOrNegativeFigures() {
        double[][] five = {{1}, {1}, {1}, {1}, {1}};
        assertThatThrownBy(() -> DeprivationIndex.compute(new double[][] {{1}}, five, new double[] {1}))
                .hasMessageContaining("one row per indicator (5)");
        assertThatThrownBy(() -> DeprivationIndex.compute(five, five, new double[] {1, 2}))
                .hasMessageContaining("one value per section (2)");
        assertThatThrownBy(() -> DeprivationIndex.compute(five, five, new double[] {-1}))
                .hasMessageContaining("residents must be 0 or more");
    }
}
