package org.welfareintelligence.scenario.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.welfareintelligence.analytics.measure.SparseCosts;

/** Hand-worked fixtures of the engine: assignment with capacity, closures, saturation, ramp-up and the diff. */
class SimulationTest {

    /**
     * Sections S0, S1, S2 and centres A (0), B (1): S0–A 100, S1–A 200, S1–B 300, S2–B 400, S0–B 500 (S2 has
     * no pair with A: beyond the cutoff of 500).
     */
    private static SparseCosts threeSectionsTwoCentres() {
        return SparseCosts.fromTriples(3, 2, new int[] {0, 1, 1, 2, 0}, new int[] {0, 0, 1, 1, 1},
                new double[] {100, 200, 300, 400, 500});
    }

    private static double[][] rows(int years, double... values) {
        double[][] rows = new double[years][];
        for (int t = 0; t < years; t++) {
            rows[t] = values.clone();
        }
        return rows;
    }

    @Test
    void peopleGoToTheNearestCentreWithRoomAndTheRestWait() {
        // pairs by cost: S0–A takes 10 (A has 2 left), S1–A takes 2 (A full), S1–B takes 6 (B full), S2–B and
        // S0–B find no room: S1 has 2 waiting and S2 all its 10
        Simulation.Input input = new Simulation.Input(new int[] {2026}, rows(1, 10, 10, 10), rows(1, 12, 6),
                threeSectionsTwoCentres(), 500, 1, 0);
        Simulation.Year year = Simulation.run(input).years()[0];
        assertThat(year.served()).containsExactly(10, 8, 0);
        assertThat(year.waiting()).containsExactly(0, 2, 10);
        assertThat(year.load()).containsExactly(12, 6);
        assertThat(year.travel()).isEqualTo(10 * 100 + 2 * 200 + 6 * 300);
        assertThat(year.meanTravel()).isCloseTo(3200.0 / 18, within(1e-12));
        // 2SFCA: R_A = 12 / (10 + 10), R_B = 6 / 30; S0 and S1 reach both, S2 only B
        assertThat(year.access()[0]).isCloseTo(0.8, within(1e-12));
        assertThat(year.access()[1]).isCloseTo(0.8, within(1e-12));
        assertThat(year.access()[2]).isCloseTo(0.2, within(1e-12));
        assertThat(year.shareWithinReach()).isEqualTo(1.0);
        assertThat(Simulation.run(input).saturationYear()).containsExactly(2026, 2026);
    }

    @Test
    void takeUpScalesWhoSeeksAPlace() {
        // seekers 5, 5, 5: S0–A 5 (A 7 left), S1–A 5 (A 2 left), S1–B nothing to place, S2–B 5 (B 1 left)
        Simulation.Input input = new Simulation.Input(new int[] {2026}, rows(1, 10, 10, 10), rows(1, 12, 6),
                threeSectionsTwoCentres(), 500, 0.5, 0);
        Simulation.Outcome outcome = Simulation.run(input);
        assertThat(outcome.years()[0].served()).containsExactly(5, 5, 5);
        assertThat(outcome.years()[0].totalWaiting()).isZero();
        assertThat(outcome.years()[0].load()).containsExactly(10, 5);
        assertThat(outcome.saturationYear()).containsExactly(0, 0);
    }

    @Test
    void aClosedCentresPeopleMoveToTheNextCentreOrWaitExactly() {
        int[] years = {2026, 2027};
        double[][] base = rows(2, 12, 25);
        double[][] places = SupplyPlan.places(years, base, List.of(CentreChange.close(0, 2027)));
        assertThat(places[0]).containsExactly(12, 25);
        assertThat(places[1]).containsExactly(0, 25);
        Simulation.Outcome outcome = Simulation.run(new Simulation.Input(years, rows(2, 10, 10, 10), places,
                threeSectionsTwoCentres(), 500, 1, 0));
        // 2026: S0–A 10, S1–A 2, S1–B 8, S2–B 10, S0–B nothing left to place
        assertThat(outcome.years()[0].served()).containsExactly(10, 10, 10);
        assertThat(outcome.years()[0].load()).containsExactly(12, 18);
        // 2027, A closed: S1–B 10, S2–B 10, then S0–B takes the 5 places left and 5 of S0 wait
        assertThat(outcome.years()[1].served()).containsExactly(5, 10, 10);
        assertThat(outcome.years()[1].waiting()).containsExactly(5, 0, 0);
        assertThat(outcome.years()[1].load()).containsExactly(0, 25);
        assertThat(outcome.saturationYear()).containsExactly(2026, 2027);
    }

    @Test
    void aCentreSaturatesInTheFirstYearItsLoadReachesItsPlaces() {
        int[] years = {2026, 2027, 2028, 2029, 2030};
        SparseCosts one = SparseCosts.fromTriples(1, 1, new int[] {0}, new int[] {0}, new double[] {50});
        double[][] demand = {{6}, {7}, {8}, {10}, {12}};
        Simulation.Outcome outcome = Simulation.run(new Simulation.Input(years, demand, rows(5, 10), one, 500, 1, 0));
        assertThat(outcome.saturationYear()).containsExactly(2029);
        assertThat(outcome.years()[4].waiting()).containsExactly(2);
        assertThat(outcome.years()[2].load()[0] / outcome.years()[2].places()[0]).isCloseTo(0.8, within(1e-12));
    }

    @Test
    void aNewCentreRampsUpLogisticallyAndIsRunInAfterNineAndAThirdMonths() {
        // R = 12: k = 8/12, midpoint 6, f(0) = 1/(1+e^4) = 0.0179862; mid-year of the opening year is month 6:
        // (0.5 − f(0)) / (1 − f(0)) = 0.4908422; 90 % at 6 + 1.5 ln(p / (1 − p)), p = 0.9 + 0.1 f(0): 9.32606
        assertThat(RampUp.share(6, 12)).isCloseTo(0.4908422, within(1e-7));
        assertThat(RampUp.share(0, 12)).isZero();
        assertThat(RampUp.share(12, 12)).isEqualTo(1);
        assertThat(RampUp.monthsToRunIn(12)).isCloseTo(9.32606, within(1e-5));
        assertThat(RampUp.share(RampUp.monthsToRunIn(12), 12)).isCloseTo(0.9, within(1e-12));
        assertThat(RampUp.monthsToRunIn(0)).isZero();

        int[] years = {2026, 2027, 2028};
        // centre 1 is new: 20 places from 2027 with a 12-month ramp-up, resized by +4 in 2028
        double[][] places = SupplyPlan.places(years, rows(3, 10, 0),
                List.of(CentreChange.resize(1, 2028, 4), CentreChange.open(1, 2027, 20, 12)));
        assertThat(places[0]).containsExactly(10, 0);
        assertThat(places[1][1]).isCloseTo(20 * 0.4908422, within(1e-5));
        assertThat(places[2][1]).isEqualTo(24);
    }

    @Test
    void theBaselineAgainstItselfChangesNothing() {
        Simulation.Input input = new Simulation.Input(new int[] {2026, 2027}, rows(2, 10, 10, 10), rows(2, 12, 6),
                threeSectionsTwoCentres(), 500, 1, 2);
        Simulation.Outcome a = Simulation.run(input);
        Simulation.Outcome b = Simulation.run(input);
        for (int t = 0; t < 2; t++) {
            for (Diff.Totals section : Diff.bySection(a.years()[t], b.years()[t])) {
                assertNoChange(section);
            }
            for (Diff.Totals district : Diff.byGroup(a.years()[t], b.years()[t], new int[] {0, 0, 1}, 2)) {
                assertNoChange(district);
            }
            Impact impact = Impact.of(a.years()[t], b.years()[t], 0);
            assertThat(impact.newlyWithinReach()).isZero();
            assertThat(impact.servedChange()).isZero();
            assertThat(impact.waitingChange()).isZero();
            assertThat(impact.travelSaved()).isZero();
            assertThat(impact.giniChange()).isZero();
            assertThat(impact.palmaChange()).isZero();
            assertThat(impact.placesAdded()).isZero();
        }
        assertThat(Simulation.requiredPlaces(input, a.years()[0])).isCloseTo(2 * 30 / 1000.0, within(1e-12));
    }

    @Test
    void targetsApportionedByTheirShareOfEachSectionAddUpToTheYear() {
        // targets T1 and T2 of sections S0, S1, S2: 4 + 6, 10 + 0, 1 + 9; the year of the first test: served
        // 10, 8, 0 and waiting 0, 2, 10. T1: served 4 + 8 + 0, waiting 0 + 2 + 1; T2: served 6 + 0 + 0, waiting 9
        Simulation.Input input = new Simulation.Input(new int[] {2026}, rows(1, 10, 10, 10), rows(1, 12, 6),
                threeSectionsTwoCentres(), 500, 1, 0);
        Simulation.Year year = Simulation.run(input).years()[0];
        double[] total = year.demand();
        Breakdown.Totals first = Breakdown.of(year, Breakdown.shares(new double[] {4, 10, 1}, total));
        Breakdown.Totals second = Breakdown.of(year, Breakdown.shares(new double[] {6, 0, 9}, total));
        assertThat(first).isEqualTo(new Breakdown.Totals(15, 12, 3, 15));
        assertThat(second).isEqualTo(new Breakdown.Totals(15, 6, 9, 15));
        Breakdown.Totals all = Breakdown.of(year, Breakdown.whole(3));
        assertThat(first.served() + second.served()).isEqualTo(all.served()).isEqualTo(year.totalServed());
        assertThat(first.waiting() + second.waiting()).isEqualTo(year.totalWaiting());
        Breakdown.Totals[] districts = Breakdown.byGroup(year, Breakdown.whole(3), new int[] {0, 0, 1}, 2);
        assertThat(districts[0]).isEqualTo(new Breakdown.Totals(20, 18, 2, 20));
        assertThat(districts[1]).isEqualTo(new Breakdown.Totals(10, 0, 10, 10));
    }

    private static void assertNoChange(Diff.Totals totals) {
        assertThat(new double[] {totals.gainedReach(), totals.lostReach(), totals.servedChange(),
                totals.waitingChange(), totals.accessChange()}).containsOnly(0);
    }

    @Test
    void anOpeningGainsReachAndItsCostIsPerPlaceAndPerPersonServed() {
        // a third centre C (2) only S2 reaches, cost 30: baseline has no C, the scenario opens 10 places in 2026
        SparseCosts costs = SparseCosts.fromTriples(3, 3, new int[] {0, 1, 1, 2, 0, 2}, new int[] {0, 0, 1, 1, 1, 2},
                new double[] {100, 200, 300, 400, 500, 30});
        int[] years = {2026};
        double[][] base = rows(1, 12, 6, 0);
        double[][] demand = rows(1, 10, 10, 10);
        Simulation.Year baseline = Simulation.run(new Simulation.Input(years, demand, base, costs, 500, 1, 0)).years()[0];
        double[][] places = SupplyPlan.places(years, base, List.of(CentreChange.open(2, 2026, 10, 0)));
        Simulation.Year scenario = Simulation.run(new Simulation.Input(years, demand, places, costs, 500, 1, 0)).years()[0];
        // baseline: served 10, 8, 0 (see the first test); scenario: S2–C at 30 comes first and places 10
        assertThat(scenario.served()).containsExactly(10, 8, 10);
        Impact impact = Impact.of(baseline, scenario, 50_000);
        assertThat(impact.servedChange()).isEqualTo(10);
        assertThat(impact.waitingChange()).isEqualTo(-10);
        assertThat(impact.placesAdded()).isEqualTo(10);
        assertThat(impact.costPerPlace()).isEqualTo(5_000);
        assertThat(impact.costPerPersonServed()).isEqualTo(5_000);
        assertThat(impact.newlyWithinReach()).isZero();
        assertThat(impact.travelSaved()).isEqualTo(3200 - (3200 + 10 * 30));
    }

    @Test
    void changesOfAnUnknownCentreAreRefused() {
        assertThatThrownBy(() -> SupplyPlan.places(new int[] {2026}, rows(1, 1), List.of(CentreChange.close(3, 2026))))
                .hasMessageContaining("centre 3");
        assertThatThrownBy(() -> CentreChange.open(0, 2026, 0, 0)).hasMessageContaining("above 0");
    }
}
