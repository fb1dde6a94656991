package org.welfareintelligence.optimisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Maximum capacitated coverage: hand-computed fixtures, the heuristic against OR-Tools' optimum, the
 * uncapacitated limit, the maximum flow behind it, reproducibility and argument checks.
 *
 * <p>The line fixture, radius 1 (a distance of exactly 1 is within):
 * <pre>
 *   demand point  0 (x = −1, w 1)   1 (x = 1, w 6)   2 (x = 3, w 1)   3 (x = 10, w 5)
 *   site          0 (x = 0, Q 4)    1 (x = 2, Q 4)   2 (x = 10, Q 5)  3 (x = 10, Q 1)
 * </pre>
 * Site 0 reaches points {0, 1} (weight 7), site 1 {1, 2} (weight 7), sites 2 and 3 reach {3} (weight 5).
 */
class MaximalCapacitatedCoveringTest {

    private static final SolveControl CONTROL = SolveControl.defaults().withTimeLimit(60_000);
    private static final double RADIUS = 2_500;

    private static LocationData line() {
        double[] demandX = {-1, 1, 3, 10};
        double[] siteX = {0, 2, 10, 10};
        return LocationData.allSites(DenseCostMatrix.euclidean(demandX, new double[4], siteX, new double[4]),
                new double[] {1, 6, 1, 5});
    }

    private static final double[] LINE_CAPACITY = {4, 4, 5, 1};

    @Test
    void oneSiteTakesTheSiteWithMostRoomNotTheMostWeightAround() {
        // alone, site 0 serves min(4, 7) = 4, site 1 min(4, 7) = 4, site 2 min(5, 5) = 5, site 3 min(1, 5) = 1:
        // site 2 wins although sites 0 and 1 have more weight around them (uncapacitated covering would take one)
        LocationSolution solution = new MaximalCapacitatedCovering(line(), 1, 1, LINE_CAPACITY).solve(CONTROL);

        assertThat(solution.openSites()).containsExactly(2);
        assertThat(solution.objective()).isEqualTo(5.0);
        assertThat(solution.assignment()).containsExactly(-1, -1, -1, 2);
        assertThat(solution.siteContribution()).containsExactly(5.0);
        // the bound is the largest min(capacity, weight around) = 5
        assertThat(solution.upperBound()).isEqualTo(5.0);
        assertThat(solution.stop()).isEqualTo(StopReason.OPTIMAL);
    }

    @Test
    void whenEveryNewSiteFillsUpTheyGoWherePeopleHaveNoCentre() {
        // demand far beyond the places: points at x = 0, 0.5, 1 (w 100 each, all within reach of today's centre
        // at x = 0) and x = 20, 40 (w 50, 30, no centre near). Candidates at x = 0.5, 1, 20, 40, 0.25, radius 1,
        // capacity 10:
        // each new site fills its 10 places, so any two serve the same 20 (plus today's 10). The two chosen
        // are those reaching most people no open site reaches: x = 20 (50) and x = 40 (30), not the lowest
        // indices, which sit beside today's centre.
        double[] demandX = {0, 0.5, 1, 20, 40};
        double[] siteX = {0, 0.5, 1, 20, 40, 0.25};
        LocationData data = new LocationData(DenseCostMatrix.euclidean(demandX, new double[5], siteX, new double[6]),
                new double[] {100, 100, 100, 50, 30}, new int[] {1, 2, 3, 4, 5}, new int[] {0});
        double[] capacity = {10, 10, 10, 10, 10, 10};

        LocationSolution solution = new MaximalCapacitatedCovering(data, 3, 1, capacity).solve(CONTROL);

        assertThat(solution.objective()).isEqualTo(30.0);
        assertThat(solution.openSites()).containsExactlyInAnyOrder(0, 3, 4);
    }

    @Test
    void capacityForcesSplittingAPointBetweenTwoSites() {
        // three sites: {0, 1, 2} serves 1 + 6 + 1 + 5 = 13, everything. Site 0 takes point 0 (1) and 3 of
        // point 1; site 1 takes point 2 (1) and the other 3 of point 1: point 1 (6) fits neither site alone
        // (capacity 4). Any set with site 3 serves at most 9 (8 + 1, or 4 + 5).
        LocationSolution solution = new MaximalCapacitatedCovering(line(), 3, 1, LINE_CAPACITY).solve(CONTROL);

        assertThat(solution.openSites()).containsExactly(0, 1, 2);
        assertThat(solution.objective()).isEqualTo(13.0);
        // point 1 splits 3 / 3: the lower site index is its main site
        assertThat(solution.assignment()).containsExactly(0, 0, 1, 2);
        // closing site 0 leaves site 1 serving min(4, 7) = 4 of points 0–2, which served 8: 4 lost; the same
        // for site 1; closing site 2 leaves point 3 unserved: 5 lost
        assertThat(solution.siteContribution()).containsExactly(4.0, 4.0, 5.0);
        // bound: the three largest min(capacity, weight around) 4 + 4 + 5 = 13
        assertThat(solution.upperBound()).isEqualTo(13.0);
        assertThat(solution.stop()).isEqualTo(StopReason.OPTIMAL);

        MaximalCapacitatedCovering.Allocation allocation =
                new MaximalCapacitatedCovering(line(), 3, 1, LINE_CAPACITY).allocate(new int[] {0, 1});
        assertThat(allocation.served()).isEqualTo(8.0);
        assertThat(allocation.servedByPoint()).containsExactly(1, 6, 1, 0);
        assertThat(allocation.loadBySite()).containsExactly(4, 4, 0, 0);
        assertThat(allocation.mainSite()).containsExactly(0, 0, 1, -1);
    }

    @Test
    void maximumFlowOfTheTextbookNetwork() {
        // Cormen et al., figure 26.1: s = 0, v1..v4 = 1..4, t = 5; the minimum cut {s, v1, v2, v4} has
        // capacity 12 (v1→v3) + 7 (v4→v3) + 4 (v4→t) = 23
        CoverageFlow flow = new CoverageFlow();
        flow.clear(6);
        int sourceToV1 = flow.addArc(0, 1, 16);
        int sourceToV2 = flow.addArc(0, 2, 13);
        flow.addArc(2, 1, 4);
        flow.addArc(1, 3, 12);
        flow.addArc(3, 2, 9);
        flow.addArc(2, 4, 14);
        flow.addArc(4, 3, 7);
        int v3ToSink = flow.addArc(3, 5, 20);
        int v4ToSink = flow.addArc(4, 5, 4);

        assertThat(flow.maxFlow(0, 5)).isEqualTo(23.0);
        assertThat(flow.flow(sourceToV1) + flow.flow(sourceToV2)).isEqualTo(23.0);
        assertThat(flow.flow(v3ToSink) + flow.flow(v4ToSink)).isEqualTo(23.0);
        assertThat(flow.flow(v4ToSink)).isEqualTo(4.0);
        for (int node : new int[] {0, 1, 2, 4}) {
            assertThat(flow.onSourceSide(node)).isTrue();
        }
        assertThat(flow.onSourceSide(3)).isFalse();
        assertThat(flow.onSourceSide(5)).isFalse();

        // reused with real capacities: s→a 0.5, a→t 1, s→t 0.25 carry 0.75
        flow.clear(3);
        flow.addArc(0, 1, 0.5);
        flow.addArc(1, 2, 1);
        flow.addArc(0, 2, 0.25);
        assertThat(flow.maxFlow(0, 2)).isCloseTo(0.75, within(1e-12));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void heuristicMatchesExactOptimum(long seed) {
        for (boolean withFixed : new boolean[] {false, true}) {
            for (double level : new double[] {6, 15, 40}) {
                LocationData data = RandomInstances.instance(seed, 40, 15);
                if (withFixed) {
                    data = data.withFixed(3);
                }
                double[] capacity = capacities(seed, level);
                MaximalCapacitatedCovering model = new MaximalCapacitatedCovering(data, 3, RADIUS, capacity);
                LocationSolution heuristic = model.solve(CONTROL);
                LocationSolution exact = model.solveExact(CONTROL);

                assertThat(exact.stop()).isEqualTo(StopReason.OPTIMAL);
                assertThat(heuristic.objective()).isCloseTo(exact.objective(), within(1e-6));
                assertThat(heuristic.upperBound()).isGreaterThanOrEqualTo(exact.objective() - 1e-6);
                assertThat(heuristic.openSites()).hasSize(3);
                if (withFixed) {
                    assertThat(heuristic.openSites()).contains(3);
                }
                assertRespectsCapacities(model.allocate(heuristic.openSites()), data, capacity);
                if (level == 6) {
                    // capacity binds: less is served than uncapacitated covering reaches
                    double uncapacitated = new MaximalCovering(data, 3, RADIUS).solve(CONTROL).objective();
                    assertThat(heuristic.objective()).isLessThan(uncapacitated);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void ampleCapacityGivesMaximalCoveringOptimum(long seed) {
        LocationData data = RandomInstances.instance(seed, 40, 15);
        double[] capacity = new double[15];
        Arrays.fill(capacity, data.totalWeight());

        LocationSolution capacitated = new MaximalCapacitatedCovering(data, 3, RADIUS, capacity).solve(CONTROL);
        LocationSolution covering = new MaximalCovering(data, 3, RADIUS).solveExact(CONTROL);

        assertThat(capacitated.objective()).isEqualTo(covering.objective());
        assertThat(capacitated.stop()).isEqualTo(StopReason.OPTIMAL);
    }

    @Test
    void sameSeedGivesSameAnswer() {
        LocationData data = RandomInstances.instance(7, 300, 60).withFixed(5, 17);
        double[] capacity = new double[60];
        Arrays.setAll(capacity, j -> 20 + 10 * (j % 4));
        SolveControl control = CONTROL.withSeed(42).withIterationLimit(200);
        MaximalCapacitatedCovering model = new MaximalCapacitatedCovering(data, 8, 1_500, capacity);

        LocationSolution first = model.solve(control);
        LocationSolution second = model.solve(control);

        assertThat(second.openSites()).containsExactly(first.openSites());
        assertThat(second.objective()).isEqualTo(first.objective());
        assertThat(second.assignment()).containsExactly(first.assignment());
        assertThat(second.siteContribution()).containsExactly(first.siteContribution());
        assertThat(first.upperBound()).isGreaterThanOrEqualTo(first.objective());
    }

    @Test
    void rejectsBadArguments() {
        LocationData data = line();
        assertThatThrownBy(() -> new MaximalCapacitatedCovering(data, 2, 1, new double[3]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("capacities");
        assertThatThrownBy(() -> new MaximalCapacitatedCovering(data, 2, 1, new double[] {4, -1, 5, 1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("capacity of site 1");
        assertThatThrownBy(() -> new MaximalCapacitatedCovering(data, 0, 1, LINE_CAPACITY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("p must be");
        assertThatThrownBy(() -> new MaximalCapacitatedCovering(data, 5, 1, LINE_CAPACITY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("p must be");
        assertThatThrownBy(() -> new MaximalCapacitatedCovering(data, 2, 0, LINE_CAPACITY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("radius");
        assertThatThrownBy(() -> new MaximalCapacitatedCovering(data, 2, -1, LINE_CAPACITY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("radius");
        assertThatThrownBy(() -> new MaximalCapacitatedCovering(null, 2, 1, LINE_CAPACITY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("location data");
        MaximalCapacitatedCovering model = new MaximalCapacitatedCovering(data, 2, 1, LINE_CAPACITY);
        assertThatThrownBy(() -> model.allocate(new int[] {0, 9}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("site 9");
        assertThatThrownBy(() -> model.allocate(new int[] {1, 1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    }

    /** Whole capacities around {@code level}, differing by site so that some bind before others. */
    private static double[] capacities(long seed, double level) {
        double[] capacity = new double[15];
        for (int j = 0; j < 15; j++) {
            capacity[j] = level + 4 * ((j + seed) % 3);
        }
        return capacity;
    }

    private static void assertRespectsCapacities(MaximalCapacitatedCovering.Allocation allocation, LocationData data,
            double[] capacity) {
        double byPoint = 0;
        for (int i = 0; i < data.weights().length; i++) {
            assertThat(allocation.servedByPoint()[i]).isBetween(0.0, data.weights()[i] + 1e-9);
            byPoint += allocation.servedByPoint()[i];
        }
        double bySite = 0;
        for (int j = 0; j < capacity.length; j++) {
            assertThat(allocation.loadBySite()[j]).isBetween(0.0, capacity[j] + 1e-9);
            bySite += allocation.loadBySite()[j];
        }
        assertThat(byPoint).isCloseTo(allocation.served(), within(1e-6));
        assertThat(bySite).isCloseTo(allocation.served(), within(1e-6));
    }
}
