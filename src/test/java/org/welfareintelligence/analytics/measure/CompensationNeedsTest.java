package org.welfareintelligence.analytics.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Seven services of one catchment, worked by hand (people, places within reach, city people per place, staff per
 * place):
 * <pre>
 *   0 A   300,  2, 50, 0.4    expected  6, missing  4, share 2/3, fundable  4, staff 1.6
 *   1 B  1000, 10, 40, 0.05   expected 25, missing 15, share 0.6, fundable 15, staff 0.75
 *   2 C    20,  0, 50, 0.4    expected 0.4, missing 0.4, share 1: all of it missing, but not one whole place
 *   3 D   600, 10, 20, 0.1    expected 30, missing 20, share 2/3, fundable 20, staff 2
 *   4 E   500, 40, 20, 0.1    expected 25, missing −15 (a surplus), share −0.6
 *   5 F   100,  0, no norm (the city has no place of it)
 *   6 G     0,  3, 10, 0.1    nobody of its targets in the catchment
 * </pre>
 * D and A both lack two thirds of the norm: D misses more places. Then B; then C and E, which fund nothing; then F
 * and G, which cannot be measured.
 */
class CompensationNeedsTest {

    @Test
    void servicesMissingWholePlacesComeFirstByTheShareOfTheNormMissing() {
        CompensationNeeds.Result result = CompensationNeeds.rank(new double[] {300, 1000, 20, 600, 500, 100, 0},
                new double[] {2, 10, 0, 10, 40, 0, 3}, new double[] {50, 40, 50, 20, 20, Double.NaN, 10},
                new double[] {0.4, 0.05, 0.4, 0.1, 0.1, 0.1, 0.1});
        assertThat(result.order()).containsExactly(3, 0, 1, 2, 4, 5, 6);
        assertThat(result.expected()[0]).isEqualTo(6);
        assertThat(result.missing()).startsWith(4, 15, 0.4, 20, -15);
        assertThat(result.missingShare()[0]).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(result.missingShare()[1]).isCloseTo(0.6, within(1e-12));
        assertThat(result.missingShare()[2]).isEqualTo(1);
        assertThat(result.missingShare()[4]).isCloseTo(-0.6, within(1e-12));
        assertThat(result.missingShare()[5]).isNaN();
        assertThat(result.missingShare()[6]).isNaN();
        assertThat(result.fundablePlaces()).containsExactly(4, 15, 0, 20, 0, 0, 0);
        assertThat(result.fundableStaff()[0]).isCloseTo(1.6, within(1e-12));
        assertThat(result.fundableStaff()[1]).isCloseTo(0.75, within(1e-12));
        assertThat(result.fundableStaff()[3]).isCloseTo(2, within(1e-12));
        assertThat(result.fundableStaff()[4]).isZero();
    }

    /**
     * 70 people at 270/65 per place deserve 16.85 places: with 5, 11 whole places. 33 people at 2.2 per place
     * deserve 15 places (14.999999999999998 in floating point): with 10, 5 whole places, not 4.
     */
    @Test
    void fundablePlacesAreWholePlacesOfWhatIsMissing() {
        CompensationNeeds.Result result = CompensationNeeds.rank(new double[] {70, 33}, new double[] {5, 10},
                new double[] {270.0 / 65, 2.2}, new double[] {0.4, Double.NaN});
        assertThat(result.fundablePlaces()).containsExactly(11, 5);
        assertThat(result.fundableStaff()[0]).isCloseTo(4.4, within(1e-12));
        assertThat(result.fundableStaff()[1]).isNaN();
    }

    @Test
    void refusesNegativeOrMisalignedInputsNamingThem() {
        assertThatThrownBy(() -> CompensationNeeds.rank(new double[] {-1}, new double[] {0}, new double[] {1},
                new double[] {1})).hasMessageContaining("people[0]");
        assertThatThrownBy(() -> CompensationNeeds.rank(new double[] {1}, new double[] {0}, new double[] {1, 2},
                new double[] {1})).hasMessageContaining("cityPeoplePerPlace must have 1 values");
    }
}
