package org.welfareintelligence.optimisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Hand-computed fixtures on the line x = 0, 1, 2, 10, 11 (sites 0..4 at the same places, weight 1
 * each, cost = distance). Within radius 1: site 0 covers {0, 1}, site 1 covers {0, 1, 2}, site 2
 * covers {1, 2}, sites 3 and 4 cover {3, 4}.
 */
class CoveringModelsTest {

    private static final SolveControl CONTROL = SolveControl.defaults();

    @Test
    void maximalCoveringPicksTheDensestSites() {
        // one site: site 1 covers 3 points, more than any other
        LocationSolution one = new MaximalCovering(PMedianTest.line(), 1, 1).solve(CONTROL);
        assertThat(one.openSites()).containsExactly(1);
        assertThat(one.objective()).isEqualTo(3.0);
        assertThat(one.assignment()).containsExactly(1, 1, 1, -1, -1);
        assertThat(one.siteContribution()).containsExactly(3.0);

        // two sites: site 1 and site 3 or 4 cover everything; the bound proves it (5 of 5)
        LocationSolution two = new MaximalCovering(PMedianTest.line(), 2, 1).solve(CONTROL);
        assertThat(two.objective()).isEqualTo(5.0);
        assertThat(two.upperBound()).isEqualTo(5.0);
        assertThat(two.stop()).isEqualTo(StopReason.OPTIMAL);
    }

    @Test
    void setCoveringNeedsTwoSites() {
        // nothing covers both ends, so at least 2 sites; sites 1 and 3 (or 4) suffice
        LocationSolution solution = new SetCovering(PMedianTest.line(), 1).solve(CONTROL);
        assertThat(solution.objective()).isEqualTo(2.0);
        assertThat(solution.openSites()).contains(1);
        assertThat(solution.lowerBound()).isEqualTo(2.0);
        assertThat(solution.stop()).isEqualTo(StopReason.OPTIMAL);

        // with radius 0 each site covers only its own point: all five are needed
        assertThat(new SetCovering(PMedianTest.line(), 0).solve(CONTROL).objective()).isEqualTo(5.0);
    }

    @Test
    void pCenterHalvesTheLine() {
        // two centres: x = 1 serves 0..2 within 1, x = 10 or 11 serves the other end within 1; one centre
        // cannot do better than 1 for the right pair while also reaching x = 0, so the optimum is 1
        LocationSolution solution = new PCenter(PMedianTest.line(), 2).solve(CONTROL);
        assertThat(solution.objective()).isEqualTo(1.0);
        assertThat(solution.openSites()).contains(1);
        assertThat(solution.lowerBound()).isEqualTo(1.0);
        // one centre: x = 2 is 9 from x = 11 and 2 from x = 0; x = 10 is 10 from x = 0: the optimum is 9 at x = 2
        LocationSolution one = new PCenter(PMedianTest.line(), 1).solve(CONTROL);
        assertThat(one.objective()).isEqualTo(9.0);
        assertThat(one.openSites()).containsExactly(2);
    }

    @Test
    void pCenterProvesItsBoundByPackingOnLargeInputs() {
        // four tight clusters (radius 100 m) at the corners of a 10 km square, sites at every point: 2,100 × 2,100
        // pairs, above the size where radii are bisected by value. With 3 centres one cluster must be served
        // from a neighbouring corner, nearly 10 km away; below about 9.7 km the four clusters need a centre each,
        // which the packing argument proves, so the bound ends close to the answer.
        java.util.SplittableRandom random = new java.util.SplittableRandom(4);
        int n = 2_100;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double angle = random.nextDouble(0, 2 * Math.PI);
            double r = random.nextDouble(0, 100);
            x[i] = (i % 4 % 2) * 10_000 + r * Math.cos(angle);
            y[i] = (i % 4 / 2) * 10_000 + r * Math.sin(angle);
        }
        double[] weights = new double[n];
        java.util.Arrays.fill(weights, 1);
        LocationData data = LocationData.allSites(new EuclideanCostMatrix(x, y, x, y), weights);

        LocationSolution solution = new PCenter(data, 3).solve(CONTROL);

        assertThat(solution.objective()).isBetween(9_800.0, 10_200.0);
        assertThat(solution.lowerBound()).isGreaterThan(9_600.0).isLessThanOrEqualTo(solution.objective());
        assertThat(solution.gap()).isLessThan(0.05);
    }

    @Test
    void budgetCoveringSpendsWithinBudget() {
        // site 1 costs 5 and does not fit a budget of 2; with two unit-cost sites the best is one on
        // the left (site 0 or 2 covers 2 points) and one on the right (2 points): 4 covered
        double[] cost = {1, 5, 1, 1, 1};
        LocationSolution solution = new BudgetCovering(PMedianTest.line(), 1, cost, 2).solve(CONTROL);
        assertThat(solution.objective()).isEqualTo(4.0);
        assertThat(solution.openSites()).hasSize(2).doesNotContain(1);
        assertThat(solution.upperBound()).isGreaterThanOrEqualTo(4.0);
    }

    @Test
    void phasingOpensTheBiggerGainFirst() {
        // planned sites 1 (covers 3) and 3 (covers 2), one a year: 1 then 3 covers 3 + 5 = 8 point-years,
        // the other order only 2 + 5 = 7
        PhasingPlan plan = new Phasing(PMedianTest.line(), 1, new int[] {3, 1}, new double[] {1, 1},
                new double[] {1, 1}).solve(CONTROL);
        assertThat(plan.openingYear()).containsExactly(1, 0);
        assertThat(plan.coveredByYear()).containsExactly(3, 5);
        assertThat(plan.cumulativeCoverage()).isEqualTo(8.0);
        assertThat(plan.upperBound()).isGreaterThanOrEqualTo(8.0);

        // a site that fits no year's budget is never opened
        PhasingPlan tooDear = new Phasing(PMedianTest.line(), 1, new int[] {3, 1}, new double[] {1, 3},
                new double[] {1, 1}).solve(CONTROL);
        assertThat(tooDear.openingYear()).containsExactly(0, -1);
        assertThat(tooDear.coveredByYear()).containsExactly(2, 2);
    }

    @Test
    void capacitatedPhasingCountsThePlacesASiteAdds() {
        // planned sites 0 (x = 0, reaches points 0, 1) and 1 (x = 1, reaches 0, 1, 2), one a year, radius 1.
        // Counting people within reach, site 0 adds nobody once site 1 is open, yet it is still opened with the
        // budget there is. Counting people served within 1 place each, it adds a place: 1 then 2 served.
        PhasingPlan covered = new Phasing(PMedianTest.line(), 1, new int[] {0, 1}, new double[] {1, 1},
                new double[] {1, 1}).solve(CONTROL);
        assertThat(covered.openingYear()).containsExactly(1, 0);
        assertThat(covered.coveredByYear()).containsExactly(3, 3);

        PhasingPlan served = Phasing.capacitated(PMedianTest.line(), 1, new int[] {0, 1}, new double[] {1, 1},
                new double[] {1, 1}, new double[] {1, 1, 1, 1, 1}).solve(CONTROL);
        assertThat(served.openingYear()).containsExactlyInAnyOrder(0, 1);
        assertThat(served.coveredByYear()).containsExactly(1, 2);
        assertThat(served.cumulativeCoverage()).isEqualTo(3.0);
        // no year serves more than both sites' 2 places
        assertThat(served.upperBound()).isBetween(3.0, 4.0);
    }

    @Test
    void rejectsBadCoveringInput() {
        assertThatThrownBy(() -> new MaximalCovering(PMedianTest.line(), 1, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("service radius must be finite and non-negative, got -1.0");
        assertThatThrownBy(() -> new BudgetCovering(PMedianTest.line(), 1, new double[] {1, 1}, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("opening costs must hold one value per site (5), got 2");
        assertThatThrownBy(() -> new Phasing(PMedianTest.line(), 1, new int[] {1}, new double[] {1}, new double[0]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one year of budget is needed");
        assertThatThrownBy(() -> new CapacitatedPMedian(PMedianTest.line(), 2, new double[] {1, 1, 1, 1, -1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("capacity of site 4 must be finite and non-negative, got -1.0");
    }
}
