package org.welfareintelligence.estimates.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class GradedEstimateTest {

    private static final double[] RISK = {0.5, 0.75, 1, 1.5, 2.25};

    /**
     * Worked by hand: 10 in each class and 5 unclassified (55). Times the risks: 5, 7.5, 10, 15, 22.5 and 5 (65), so
     * every figure is scaled by 55/65 and the city keeps its 55.
     */
    @Test
    void gradesByClassAndKeepsTheCityTotal() {
        double[] flat = {10, 10, 10, 10, 10, 5};
        int[] quintile = {1, 2, 3, 4, 5, 0};

        double[] graded = GradedEstimate.grade(flat, quintile, RISK, 1);

        double k = 55.0 / 65;
        assertThat(graded[0]).isCloseTo(5 * k, within(1e-12));
        assertThat(graded[4]).isCloseTo(22.5 * k, within(1e-12));
        assertThat(graded[5]).isCloseTo(5 * k, within(1e-12));
        assertThat(Arrays.stream(graded).sum()).isCloseTo(55, within(1e-12));
        for (int s = 1; s < 5; s++) {
            assertThat(graded[s]).isGreaterThan(graded[s - 1]);
        }
    }

    @Test
    void strengthZeroIsTheFlatRateAndStrongerGradientsSpreadFurther() {
        double[] flat = {10, 10, 10, 10, 10};
        int[] quintile = {1, 2, 3, 4, 5};

        assertThat(GradedEstimate.grade(flat, quintile, RISK, 0)).containsExactly(flat);
        double[] weak = GradedEstimate.grade(flat, quintile, RISK, GradedEstimate.WEAK);
        double[] strong = GradedEstimate.grade(flat, quintile, RISK, GradedEstimate.STRONG);
        assertThat(strong[4] - strong[0]).isGreaterThan(weak[4] - weak[0]);
        assertThat(Arrays.stream(strong).sum()).isCloseTo(50, within(1e-12));
        assertThat(Arrays.stream(weak).sum()).isCloseTo(50, within(1e-12));
    }

    @Test
    void nothingToGradeStaysNothing() {
        assertThat(GradedEstimate.grade(new double[] {0, 0}, new int[] {1, 5}, RISK, 1)).containsExactly(0, 0);
    }

    @Test
    void refusesMismatchedOrImpossibleInputs() {
        assertThatThrownBy(() -> GradedEstimate.grade(new double[] {1}, new int[] {1, 2}, RISK, 1))
                .hasMessageContaining("one class per section");
        assertThatThrownBy(() -> GradedEstimate.grade(new double[] {1}, new int[] {6}, RISK, 1))
                .hasMessageContaining("unknown deprivation class 6");
        assertThatThrownBy(() -> GradedEstimate.grade(new double[] {1}, new int[] {1}, new double[] {1, 1, 0, 1, 1}, 1))
                .hasMessageContaining("relative risks must be positive");
        assertThatThrownBy(() -> GradedEstimate.grade(new double[] {-1}, new int[] {1}, RISK, 1))
                .hasMessageContaining("figures must be 0 or more");
    }
}
