package org.welfareintelligence.scenario.core;

/**
 * A scenario's year against the baseline's same year, per section and summed to districts and the city. A
 * section gains reach when a centre in force is within the cutoff in the scenario but not in the baseline, and
 * loses it the other way round; differences are scenario minus baseline.
 */
public final class Diff {

    /**
     * Differences over a set of sections (one section, a district or the city): people who gain or lose a
     * centre within reach, the change in people served and waiting, and the demand-weighted change in access.
     */
    public record Totals(double demand, double gainedReach, double lostReach, double servedChange,
                         double waitingChange, double accessChange) {
    }

    private Diff() {
    }

    /** One total per section. */
    public static Totals[] bySection(Simulation.Year baseline, Simulation.Year scenario) {
        int n = scenario.demand().length;
        int[] self = new int[n];
        for (int i = 0; i < n; i++) {
            self[i] = i;
        }
        return byGroup(baseline, scenario, self, n);
    }

    /** One total per group {@code 0..groups-1}; sections of group -1 are left out. */
    public static Totals[] byGroup(Simulation.Year baseline, Simulation.Year scenario, int[] groupOf, int groups) {
        double[] demand = new double[groups];
        double[] gained = new double[groups];
        double[] lost = new double[groups];
        double[] served = new double[groups];
        double[] waiting = new double[groups];
        double[] weightedAccess = new double[groups];
        for (int i = 0; i < groupOf.length; i++) {
            int g = groupOf[i];
            if (g < 0) {
                continue;
            }
            double people = scenario.demand()[i];
            demand[g] += people;
            if (scenario.reached()[i] && !baseline.reached()[i]) {
                gained[g] += people;
            } else if (!scenario.reached()[i] && baseline.reached()[i]) {
                lost[g] += people;
            }
            served[g] += scenario.served()[i] - baseline.served()[i];
            waiting[g] += scenario.waiting()[i] - baseline.waiting()[i];
            weightedAccess[g] += people * (access(scenario, i) - access(baseline, i));
        }
        Totals[] totals = new Totals[groups];
        for (int g = 0; g < groups; g++) {
            totals[g] = new Totals(demand[g], gained[g], lost[g], served[g], waiting[g],
                    demand[g] > 0 ? weightedAccess[g] / demand[g] : 0);
        }
        return totals;
    }

    /** The city: every section. */
    public static Totals city(Simulation.Year baseline, Simulation.Year scenario) {
        return byGroup(baseline, scenario, new int[scenario.demand().length], 1)[0];
    }

    /** Access with "no centre within reach" (NaN) as 0. */
    static double access(Simulation.Year year, int section) {
        double a = year.access()[section];
        return Double.isNaN(a) ? 0 : a;
    }
}
