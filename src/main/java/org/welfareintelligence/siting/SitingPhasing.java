package org.welfareintelligence.siting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.welfareintelligence.optimisation.LocationData;
import org.welfareintelligence.optimisation.Phasing;
import org.welfareintelligence.optimisation.PhasingPlan;
import org.welfareintelligence.optimisation.SolveControl;

/**
 * When to open a plan's new sites: the opening order under a budget per year that keeps the most people
 * within the radius over the years ({@link Phasing}; for a capacitated plan, the most people served within
 * the places, as the plan itself counts them), and per year the people of each target within the
 * radius of today's sites and those opened so far. Plain Java.
 */
final class SitingPhasing {

    /** One year of the plan: the new sites opening in it and the people within reach at its end. */
    record Year(int year, int[] opens, double[] withinRadius) {
    }

    /**
     * The schedule: its years, the new sites the budgets never reach, the objective (covered weight summed
     * over the years), its proven upper bound and why the solver stopped.
     */
    record Schedule(List<Year> years, int[] notScheduled, double cumulativeCovered, double upperBound,
                    String stopReason) {
    }

    private SitingPhasing() {
    }

    static Schedule plan(SitingInstance instance, AccessCosts costs, SitingRequest request, int[] openSites,
                         SolveControl control) {
        int existing = instance.existingCount();
        int[] planned = Arrays.stream(openSites).filter(site -> site >= existing).toArray();
        double[] openingCost = new double[planned.length];
        Arrays.fill(openingCost, request.phasing().siteCost());
        double[] budgets = request.phasing().budgetPerYear().stream().mapToDouble(Double::doubleValue).toArray();
        LocationData data = new LocationData(costs, instance.weightedDemand(), planned,
                IntStream.range(0, existing).toArray());
        Phasing phasing = request.parsedModel().hasCapacities()
                ? Phasing.capacitated(data, request.radius(), planned, openingCost, budgets,
                        SitingSolvers.capacities(instance, request))
                : new Phasing(data, request.radius(), planned, openingCost, budgets);
        PhasingPlan schedule = phasing.solve(control);

        List<Year> years = new ArrayList<>();
        boolean[] open = new boolean[instance.siteCount()];
        Arrays.fill(open, 0, existing, true);
        for (int y = 0; y < budgets.length; y++) {
            List<Integer> opens = new ArrayList<>();
            for (int k = 0; k < planned.length; k++) {
                if (schedule.openingYear()[k] == y) {
                    opens.add(planned[k]);
                    open[planned[k]] = true;
                }
            }
            years.add(new Year(y + 1, opens.stream().mapToInt(Integer::intValue).toArray(),
                    withinRadius(instance, costs, request.radius(), open)));
        }
        int[] notScheduled = IntStream.range(0, planned.length).filter(k -> schedule.openingYear()[k] < 0)
                .map(k -> planned[k]).toArray();
        return new Schedule(years, notScheduled, schedule.cumulativeCoverage(), schedule.upperBound(),
                schedule.stop().name());
    }

    /** People of each target with an open site within the radius. */
    private static double[] withinRadius(SitingInstance instance, AccessCosts costs, double radius, boolean[] open) {
        double[] within = new double[instance.targets().length];
        for (int i = 0; i < instance.pointCount(); i++) {
            boolean[] reached = {false};
            costs.sitesWithin(i, radius, (site, cost) -> reached[0] |= open[site]);
            if (reached[0]) {
                for (int t = 0; t < within.length; t++) {
                    within[t] += instance.demand()[t][i];
                }
            }
        }
        return within;
    }
}
