package org.welfareintelligence.partner.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PartnerCoverageTest {

    /**
     * Unmet need 10, 6 and 5 people in services A, B, C; four candidates with places A/B/C:
     * o0 8/0/0, o1 5/5/0, o2 1/3/4, o3 10/0/0.
     * Step 1: gains 8, 10, 8, 10: o1 (tie with o3, lower index), adds 5/5/0, leaves 5/1/5.
     * Step 2: gains o0 5, o2 1+1+4 = 6, o3 5: o2, adds 1/1/4, leaves 4/0/1.
     * Step 3: gains o0 4, o3 4: o0, adds 4/0/0, leaves 0/0/1.
     * Step 4: o3 adds nothing, so the choice stops at three partners covering 20 of 21.
     */
    @Test
    void choosesTheLargestMarginalGainAndSaysWhatEachAdds() {
        double[] unmet = {10, 6, 5};
        double[][] reach = {{8, 0, 0}, {5, 5, 0}, {1, 3, 4}, {10, 0, 0}};
        PartnerCoverage.Choice choice = PartnerCoverage.choose(unmet, reach, 4);
        assertThat(choice.chosen()).containsExactly(1, 2, 0);
        assertThat(choice.added()[0]).containsExactly(5, 5, 0);
        assertThat(choice.added()[1]).containsExactly(1, 1, 4);
        assertThat(choice.added()[2]).containsExactly(4, 0, 0);
        assertThat(choice.addedTotal(1)).isEqualTo(6);
        assertThat(choice.uncovered()).containsExactly(0, 0, 1);
        assertThat(unmet).containsExactly(10, 6, 5);
    }

    @Test
    void kLimitsThePartnersAndNobodyIsChosenWithoutNeed() {
        double[][] reach = {{8, 0, 0}, {5, 5, 0}, {1, 3, 4}, {10, 0, 0}};
        assertThat(PartnerCoverage.choose(new double[] {10, 6, 5}, reach, 1).chosen()).containsExactly(1);
        PartnerCoverage.Choice none = PartnerCoverage.choose(new double[] {0, 0, 0}, reach, 3);
        assertThat(none.chosen()).isEmpty();
        assertThat(none.uncovered()).containsExactly(0, 0, 0);
    }

    @Test
    void refusesNegativeAmountsRaggedRowsAndKBelowOne() {
        assertThatThrownBy(() -> PartnerCoverage.choose(new double[] {1}, new double[][] {{-1}}, 1))
                .hasMessageContaining("reach must hold finite amounts");
        assertThatThrownBy(() -> PartnerCoverage.choose(new double[] {1, 2}, new double[][] {{1}}, 1))
                .hasMessageContaining("one value per service");
        assertThatThrownBy(() -> PartnerCoverage.choose(new double[] {1}, new double[][] {{1}}, 0))
                .hasMessageContaining("k must be at least 1");
    }
}
