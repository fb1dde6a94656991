package org.welfareintelligence.analytics.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.welfareintelligence.analytics.measure.TwoFacilityExample.A;
import static org.welfareintelligence.analytics.measure.TwoFacilityExample.B;
import static org.welfareintelligence.analytics.measure.TwoFacilityExample.PEOPLE;

import org.junit.jupiter.api.Test;

/** Nearest facility, n-th nearest cost, catchments and their overlaps on {@link TwoFacilityExample}. */
class NearestAndCatchmentsTest {

    @Test
    void nearestAndSecondNearest() {
        SparseCosts costs = TwoFacilityExample.sectionsToFacilities();

        // s0: A 500 < B 2500; s1: only A; s2: B 800 < A 2500; s3: only B at 3500 (in the table)
        assertThat(Nearest.nearestDestination(costs)).containsExactly(A, A, B, B);
        assertThat(Nearest.nearestDestination(costs.within(3000))).containsExactly(A, A, B, -1);
        assertThat(Nearest.nthNearestCost(costs, 1)).containsExactly(500, 1500, 800, 3500);
        // dual access: the second choice is 2,500 m away for s0 and s2; s1 and s3 have none
        assertThat(Nearest.nthNearestCost(costs, 2)).containsExactly(2500, Double.NaN, 2500, Double.NaN);
    }

    @Test
    void catchmentsAssignLoadAndBand() {
        // capacity A = 150, B = 0; bands (0, 1000], (1000, 2000], (2000, 3000]
        //   s0 → A at 500 (band 0), s1 → A at 1500 (band 1), s2 → B at 800 (band 0), s3 → B at 3500 (no band)
        //   served A = 100 + 200 = 300 → load 300/150 = 2; served B = 300 + 400 = 700 → load NaN (capacity 0)
        Catchments catchments = Catchments.allocate(TwoFacilityExample.sectionsToFacilities(), PEOPLE,
                new double[] {150, 0}, new double[] {1000, 2000, 3000});

        assertThat(catchments.assignment()).containsExactly(A, A, B, B);
        assertThat(catchments.costToAssigned()).containsExactly(500, 1500, 800, 3500);
        assertThat(catchments.demandServed()).containsExactly(300, 700);
        assertThat(catchments.load()).containsExactly(2, Double.NaN);
        assertThat(catchments.demandByBand()[A]).containsExactly(100, 200, 0);
        assertThat(catchments.demandByBand()[B]).containsExactly(300, 0, 0);
    }

    @Test
    void unreachableSectionsStayUnassigned() {
        Catchments catchments = Catchments.allocate(TwoFacilityExample.sectionsToFacilities().within(3000), PEOPLE,
                new double[] {150, 350}, new double[] {1000});

        assertThat(catchments.assignment()).containsExactly(A, A, B, -1);
        assertThat(catchments.costToAssigned()[3]).isNaN();
        assertThat(catchments.demandServed()).containsExactly(300, 300);
        assertThat(catchments.load()).containsExactly(2, 300.0 / 350);
        // band (0, 1000]: s0 for A, s2 for B; s1 at 1500 is served but beyond the last band
        assertThat(catchments.demandByBand()[A]).containsExactly(100);
        assertThat(catchments.demandByBand()[B]).containsExactly(300);
    }

    @Test
    void overlapsCountCentresAndSharedPeople() {
        // within 3,000 m: s0 reaches A and B, s1 only A, s2 A and B, s3 none
        // A and B share s0 and s2: 2 sections, 100 + 300 = 400 people
        Overlaps overlaps = Overlaps.of(TwoFacilityExample.sectionsToFacilities(), PEOPLE, 3000);

        assertThat(overlaps.reachableCount()).containsExactly(2, 1, 2, 0);
        assertThat(overlaps.pairs()).containsExactly(new Overlaps.Pair(A, B, 2, 400));
        // within 1,000 m nobody reaches both: no pairs
        assertThat(Overlaps.of(TwoFacilityExample.sectionsToFacilities(), PEOPLE, 1000).pairs()).isEmpty();
    }

    @Test
    void overlapsOfThreeCentresAreListedInOrder() {
        // origin 0 reaches 0, 1, 2; origin 1 reaches 1, 2 → pairs (0,1) (0,2) from origin 0, (1,2) from both
        SparseCosts costs = SparseCosts.fromTriples(2, 3, new int[] {0, 0, 0, 1, 1}, new int[] {2, 1, 0, 2, 1},
                new double[] {3, 2, 1, 1, 1});

        Overlaps overlaps = Overlaps.of(costs, new double[] {10, 5}, 5);

        assertThat(overlaps.pairs()).containsExactly(new Overlaps.Pair(0, 1, 1, 10), new Overlaps.Pair(0, 2, 1, 10),
                new Overlaps.Pair(1, 2, 2, 15));
    }
}
