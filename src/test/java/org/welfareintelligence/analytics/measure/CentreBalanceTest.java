package org.welfareintelligence.analytics.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CentreBalanceTest {

    /** 150 people over 70 places: 15/7 per place; centres serving 30/10, 20/20, 100/40 and 0/0. */
    @Test
    void loadRatioIsPeoplePerPlaceOverTheCitysAndRanksMostLoadedFirst() {
        double norm = CentreBalance.cityPeoplePerPlace(new double[] {30, 20, 100}, new double[] {10, 20, 40, 0});
        assertThat(norm).isCloseTo(15.0 / 7, within(1e-12));
        double[] ratio = CentreBalance.loadRatio(new double[] {30, 20, 100, 0}, new double[] {10, 20, 40, 0}, norm);
        assertThat(ratio[0]).isCloseTo(1.4, within(1e-12));
        assertThat(ratio[1]).isCloseTo(7.0 / 15, within(1e-12));
        assertThat(ratio[2]).isCloseTo(35.0 / 30, within(1e-12));
        assertThat(ratio[3]).isNaN();
        assertThat(CentreBalance.descending(ratio)).containsExactly(0, 2, 1, 3);
    }

    /** 70 people at 270/65 per place deserve 16.85 places; with 5 the change is +11.85. */
    @Test
    void placeChangeBringsTheCatchmentToTheNorm() {
        assertThat(CentreBalance.placeChange(70, 5, 270.0 / 65)).isCloseTo(70 * 65.0 / 270 - 5, within(1e-12));
        assertThat(CentreBalance.placeChange(20, 30, 4)).isEqualTo(-25);
        assertThat(CentreBalance.placeChange(20, 30, Double.NaN)).isNaN();
        assertThat(CentreBalance.cityPeoplePerPlace(new double[] {5}, new double[] {0})).isNaN();
    }

    @Test
    void tiesKeepIndexOrder() {
        assertThat(CentreBalance.descending(new double[] {1, Double.NaN, 2, 1})).containsExactly(2, 0, 3, 1);
    }
}
