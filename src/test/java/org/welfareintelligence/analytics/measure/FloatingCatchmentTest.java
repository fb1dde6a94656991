package org.welfareintelligence.analytics.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.welfareintelligence.analytics.measure.TwoFacilityExample.PEOPLE;
import static org.welfareintelligence.analytics.measure.TwoFacilityExample.SUPPLY;

import org.junit.jupiter.api.Test;

/** 2SFCA, E2SFCA and the plain ratio on the four-section, two-facility example (see {@link TwoFacilityExample}). */
class FloatingCatchmentTest {

    private static final double TOLERANCE = 1e-15;
    private static final DistanceDecay STEP = DistanceDecay.step(new double[] {1000, 2000, 3000}, new double[] {1, 0.68, 0.22});

    @Test
    void twoStepByHand() {
        // catchment 3,000 m, inclusive:
        //   D_A = P0 + P1 + P2 = 100 + 200 + 300 = 600 → R_A = 10/600 = 1/60
        //   D_B = P0 + P2      = 100 + 300       = 400 → R_B = 20/400 = 1/20   (s3 at 3,500 m is outside)
        //   A0 = R_A + R_B = 1/15, A1 = R_A = 1/60, A2 = R_A + R_B = 1/15, A3 = no facility → NaN
        double[] access = FloatingCatchment.twoStep(TwoFacilityExample.sectionsToFacilities(), PEOPLE, SUPPLY, 3000);

        assertThat(access[0]).isCloseTo(1.0 / 15, within(TOLERANCE));
        assertThat(access[1]).isCloseTo(1.0 / 60, within(TOLERANCE));
        assertThat(access[2]).isCloseTo(1.0 / 15, within(TOLERANCE));
        assertThat(access[3]).isNaN();
        // supply is conserved: 100/15 + 200/60 + 300/15 = 6.667 + 3.333 + 20 = 30 = 10 + 20
        assertThat(PEOPLE[0] * access[0] + PEOPLE[1] * access[1] + PEOPLE[2] * access[2]).isCloseTo(30, within(1e-12));
    }

    @Test
    void cutoffIsInclusive() {
        // at 2,500 m s0–B and s2–A sit exactly on the cutoff and stay in: same result as at 3,000 m
        double[] atBoundary = FloatingCatchment.twoStep(TwoFacilityExample.sectionsToFacilities(), PEOPLE, SUPPLY, 2500);
        assertThat(atBoundary[0]).isCloseTo(1.0 / 15, within(TOLERANCE));
        // just below, they drop: D_A = 300, D_B = 300 → A0 = 10/300 = 1/30, A2 = 20/300 = 1/15
        double[] below = FloatingCatchment.twoStep(TwoFacilityExample.sectionsToFacilities(), PEOPLE, SUPPLY, 2499.999);
        assertThat(below[0]).isCloseTo(1.0 / 30, within(TOLERANCE));
        assertThat(below[2]).isCloseTo(1.0 / 15, within(TOLERANCE));
    }

    @Test
    void enhancedTwoStepWithStepWeightsByHand() {
        // weights: s0–A 500 → 1, s0–B 2500 → 0.22, s1–A 1500 → 0.68, s2–A 2500 → 0.22, s2–B 800 → 1, s3–B 3500 → 0
        //   D_A = 100·1 + 200·0.68 + 300·0.22 = 100 + 136 + 66 = 302 → R_A = 10/302
        //   D_B = 100·0.22 + 300·1            = 22 + 300     = 322 → R_B = 20/322
        //   A0 = R_A·1 + R_B·0.22 = 0.0331126 + 0.0136646 = 0.0467772
        //   A1 = R_A·0.68 = 0.0225166;  A2 = R_A·0.22 + R_B·1 = 0.0072848 + 0.0621118 = 0.0693966;  A3 = NaN
        SparseCosts costs = TwoFacilityExample.sectionsToFacilities();

        double[] access = FloatingCatchment.enhancedTwoStep(costs, PEOPLE, SUPPLY, STEP);

        assertThat(access[0]).isCloseTo(10.0 / 302 + 20.0 / 322 * 0.22, within(TOLERANCE));
        assertThat(access[1]).isCloseTo(10.0 / 302 * 0.68, within(TOLERANCE));
        assertThat(access[2]).isCloseTo(10.0 / 302 * 0.22 + 20.0 / 322, within(TOLERANCE));
        assertThat(access[3]).isNaN();
        assertThat(FloatingCatchment.facilityRatios(costs, PEOPLE, SUPPLY, STEP))
                .containsExactly(new double[] {10.0 / 302, 20.0 / 322}, within(TOLERANCE));
    }

    @Test
    void gaussianWeightIsOneAtZeroAndCutAtTheCutoff() {
        DistanceDecay gaussian = DistanceDecay.gaussian(1000, 3000);
        assertThat(gaussian.weight(0)).isEqualTo(1.0);
        assertThat(gaussian.weight(1000)).isCloseTo(Math.exp(-0.5), within(TOLERANCE));
        assertThat(gaussian.weight(3000)).isCloseTo(Math.exp(-4.5), within(TOLERANCE));
        assertThat(gaussian.weight(3000.001)).isZero();
        assertThat(STEP.weight(1000)).isEqualTo(1.0);
        assertThat(STEP.weight(1000.5)).isEqualTo(0.68);
        assertThat(STEP.weight(3001)).isZero();
    }

    @Test
    void facilityNobodyReachesHasNoRatio() {
        // only s3 reaches B within 4,000 m once s0 and s2 have no people: D_B = 400 → R_B = 0.05; with s3 empty too, NaN
        double[] people = {0, 200, 0, 0};
        double[] ratio = FloatingCatchment.facilityRatios(TwoFacilityExample.sectionsToFacilities(), people, SUPPLY,
                DistanceDecay.none(4000));
        assertThat(ratio[0]).isCloseTo(10.0 / 200, within(TOLERANCE));
        assertThat(ratio[1]).isNaN();
    }

    @Test
    void supplyDemandRatioByHand() {
        // within 3,000 m:
        //   s0: supply A + B = 30; people s0 + s1 + s2 = 600           → 0.05
        //   s1: supply A = 10;     people s1 + s0 + s2 (2,900) = 600   → 1/60
        //   s2: supply A + B = 30; people s2 + s0 + s1 + s3 = 1000     → 0.03
        //   s3: no facility within 3,000 m                             → NaN (its people still count for s2)
        double[] ratio = FloatingCatchment.supplyDemandRatio(TwoFacilityExample.sectionsToFacilities(),
                TwoFacilityExample.sectionsToSections(), PEOPLE, SUPPLY, 3000);

        assertThat(ratio[0]).isCloseTo(0.05, within(TOLERANCE));
        assertThat(ratio[1]).isCloseTo(1.0 / 60, within(TOLERANCE));
        assertThat(ratio[2]).isCloseTo(0.03, within(TOLERANCE));
        assertThat(ratio[3]).isNaN();
        // at 4,000 m s3 reaches B: supply 20 over s3 (itself, not listed) + s2 + s0 = 400 + 300 + 100 = 800
        double[] wider = FloatingCatchment.supplyDemandRatio(TwoFacilityExample.sectionsToFacilities(),
                TwoFacilityExample.sectionsToSections(), PEOPLE, SUPPLY, 4000);
        assertThat(wider[3]).isCloseTo(20.0 / 800, within(TOLERANCE));
    }

    @Test
    void refusesInputsThatDoNotFit() {
        SparseCosts costs = TwoFacilityExample.sectionsToFacilities();
        assertThatThrownBy(() -> FloatingCatchment.twoStep(costs, new double[] {1, 2, 3}, SUPPLY, 3000))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("demand must have 4 values");
        assertThatThrownBy(() -> FloatingCatchment.twoStep(costs, PEOPLE, new double[] {1, -2}, 3000))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("supply[1]");
        assertThatThrownBy(() -> FloatingCatchment.twoStep(costs, PEOPLE, SUPPLY, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cutoff");
        assertThatThrownBy(() -> DistanceDecay.step(new double[] {2000, 1000}, new double[] {1, 0.5}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("increasing");
    }
}
