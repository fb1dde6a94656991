package org.welfareintelligence.occupancy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FreePlacesTest {

    @Test
    void freePlacesNeverNegativeAndTheExcessWaits() {
        assertThat(FreePlaces.free(20, 12)).isEqualTo(8);
        assertThat(FreePlaces.waiting(20, 12, 3)).isEqualTo(3);
        assertThat(FreePlaces.free(20, 20)).isZero();
        // over-full: 23 in 20 places shows 0 free and 3 more waiting
        assertThat(FreePlaces.free(20, 23)).isZero();
        assertThat(FreePlaces.waiting(20, 23, 4)).isEqualTo(7);
        // no declared capacity: free places unknown, the waiting list as reported
        assertThat(FreePlaces.free(-1, 5)).isEqualTo(-1);
        assertThat(FreePlaces.waiting(-1, 5, 2)).isEqualTo(2);
    }
}
