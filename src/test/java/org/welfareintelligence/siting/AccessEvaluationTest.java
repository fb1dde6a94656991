package org.welfareintelligence.siting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Plan against today on a hand-computed line: three sections at x = 0, 1,000 and 3,000 m, today's centre S0 at
 * 0 and two candidates, S1 at 3,000 and S2 at 1,000. Targets A (weight 1) with [10, 20, 5] people and B
 * (weight 2) with [0, 4, 2], so the weighted demand is [10, 28, 9]; the access radius is 1,500 m.
 */
class AccessEvaluationTest {

    private static final double RADIUS = 1500;

    private final SitingInstance line = instance();
    private final AccessCosts costs = new StraightLineCosts(line, 1.0, 10_000);
    private final AccessEvaluation evaluation = new AccessEvaluation(line, costs, RADIUS);

    @Test
    void todayEveryoneGoesToTheExistingCentre() {
        SitingResult.Allocation today = evaluation.allocate(evaluation.existingSites());
        assertThat(today.site()).containsExactly(0, 0, 0);
        assertThat(today.distance()).containsExactly(0, 1000, 3000);
        // 10·0 + 28·1000 + 9·3000 = 55,000 person-metres
        assertThat(today.objective()).isEqualTo(55_000);
    }

    @Test
    void newSitesAddWhatThePeopleTheyServeSaveAndTheSitesAddUpToTheTotal() {
        SitingResult.Allocation today = evaluation.allocate(evaluation.existingSites());
        int[] open = {0, 1, 2};
        SitingResult.Allocation plan = evaluation.allocate(open);
        assertThat(plan.site()).containsExactly(0, 2, 1);
        assertThat(plan.objective()).isZero();

        List<SitingResult.SiteLoad> loads = evaluation.sites(open, today, plan, null);
        SitingResult.SiteLoad s0 = loads.get(0);
        SitingResult.SiteLoad s1 = loads.get(1);
        SitingResult.SiteLoad s2 = loads.get(2);
        assertThat(s0.existing()).isTrue();
        assertThat(s0.costSaved()).isZero();
        // S1 takes the section at 3,000 m: 9 weighted people × 3,000 m; A 5 and B 2 people newly within 1,500 m
        assertThat(s1.costSaved()).isEqualTo(27_000);
        assertThat(s1.coveredGain()).containsExactly(5, 2);
        assertThat(s1.demandByTarget()).containsExactly(5, 2);
        // S2 takes the section at 1,000 m: 28 × 1,000 m saved, but it was already within the radius
        assertThat(s2.costSaved()).isEqualTo(28_000);
        assertThat(s2.coveredGain()).containsExactly(0, 0);
        assertThat(s1.costSaved() + s2.costSaved()).isEqualTo(today.objective() - plan.objective());
    }

    @Test
    void accessPerTargetTodayAndWithThePlan() {
        SitingResult.Allocation today = evaluation.allocate(evaluation.existingSites());
        SitingResult.Allocation plan = evaluation.allocate(new int[] {0, 1});
        List<SitingResult.TargetAccess> targets = evaluation.targets(today, plan);

        SitingResult.TargetAccess a = targets.get(0);
        assertThat(a.demand()).isEqualTo(35);
        // (10·0 + 20·1000 + 5·3000) / 35 = 1,000 m; 30 of 35 within 1,500 m
        assertThat(a.today().meanDistance()).isEqualTo(1000);
        assertThat(a.today().maxDistance()).isEqualTo(3000);
        assertThat(a.today().withinRadius()).isEqualTo(30);
        assertThat(a.today().shareWithinRadius()).isCloseTo(30.0 / 35, within(1e-12));
        // with S1 the section at 3,000 m is served on the spot: (20·1000) / 35, everybody within reach
        assertThat(a.plan().meanDistance()).isCloseTo(20_000.0 / 35, within(1e-9));
        assertThat(a.plan().maxDistance()).isEqualTo(1000);
        assertThat(a.plan().shareWithinRadius()).isEqualTo(1);

        SitingResult.TargetAccess b = targets.get(1);
        // B has nobody in the first section, so its longest distance today is 3,000 m: (4·1000 + 2·3000) / 6
        assertThat(b.today().meanDistance()).isCloseTo(10_000.0 / 6, within(1e-9));
        assertThat(b.today().withinRadius()).isEqualTo(4);
        assertThat(b.plan().withinRadius()).isEqualTo(6);
    }

    @Test
    void demandServedInPartsCountsTheRestAtTheCutoffAndLoadsFollowTheFlow() {
        // a divisible plan opens S0 and S2: the section at 0 is served whole by S0 (10), the one at 1,000 m half
        // by S2 (14 of its 28), the one at 3,000 m not at all
        SitingOutcome.Division division = new SitingOutcome.Division(new double[] {10, 14, 0}, new double[] {10, 0, 14});
        SitingResult.Allocation plan = evaluation.assigned(new int[] {0, 2, -1}, division);

        // unserved: 14 of the middle section and all 9 of the last
        assertThat(plan.unserved()).isEqualTo(23);
        assertThat(plan.share()).containsExactly(1, 0.5, 0);
        // cost: 10·0 + 28·(½·0 + ½·10,000) + 9·10,000 = 230,000
        assertThat(plan.objective()).isEqualTo(230_000);

        List<SitingResult.SiteLoad> loads = evaluation.sites(new int[] {0, 2}, null, plan, division);
        assertThat(loads.get(0).weightedDemand()).isEqualTo(10);
        // S2 carries half the middle section: A 20 / 2 = 10, B 4 / 2 = 2, weighted 10 + 2·2 = 14
        assertThat(loads.get(1).weightedDemand()).isEqualTo(14);
        assertThat(loads.get(1).demandByTarget()).containsExactly(10, 2);
        assertThat(loads.get(1).meanDistance()).isZero();
    }

    @Test
    void travelIsTheStraightLineTimesTheDetourAndTheSolverCostStopsAtTheCutoff() {
        AccessCosts detoured = new StraightLineCosts(line, 1.5, 2000);
        // section at 3,000 m from S0: 1.5 × 3,000 = 4,500 m of travel, but it costs the cutoff, 2,000
        assertThat(detoured.distance(2, 0)).isEqualTo(4500);
        assertThat(detoured.cost(2, 0)).isEqualTo(2000);
        assertThat(detoured.cost(1, 0)).isEqualTo(1500);
        // radius queries work in travel metres: within 1,600 m of the section at 1,000 m lie S0 (1,500) and S2 (0)
        List<Integer> near = new java.util.ArrayList<>();
        detoured.sitesWithin(1, 1600, (site, cost) -> near.add(site));
        assertThat(near).containsExactlyInAnyOrder(0, 2);
    }

    private static SitingInstance instance() {
        SitingInstance.Places points = places(new String[] {"A0", "A1", "A3"}, new double[] {0, 1000, 3000});
        SitingInstance.Places sites = places(new String[] {"S0", "S1", "S2"}, new double[] {0, 3000, 1000});
        return new SitingInstance(new String[] {"A", "B"}, new double[] {1, 2}, new String[] {"2011", "2011"},
                new double[][] {{10, 20, 5}, {0, 4, 2}}, new double[] {0, 0}, points, sites, 1, new int[] {40},
                new int[] {0, 0, 1});
    }

    private static SitingInstance.Places places(String[] codes, double[] x) {
        return new SitingInstance.Places(codes, codes, new double[x.length], new double[x.length], x,
                new double[x.length]);
    }
}
