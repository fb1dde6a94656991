package org.welfareintelligence.siting;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.welfareintelligence.optimisation.BudgetCovering;
import org.welfareintelligence.optimisation.CapacitatedPMedian;
import org.welfareintelligence.optimisation.LocationData;
import org.welfareintelligence.optimisation.LocationModel;
import org.welfareintelligence.optimisation.LocationSolution;
import org.welfareintelligence.optimisation.MaximalCapacitatedCovering;
import org.welfareintelligence.optimisation.MaximalCovering;
import org.welfareintelligence.optimisation.PCenter;
import org.welfareintelligence.optimisation.PMedian;
import org.welfareintelligence.optimisation.SetCovering;
import org.welfareintelligence.optimisation.SolveControl;

/**
 * Runs the model a request names on the solvers of the optimisation module. Existing facilities are fixed
 * open and count towards p, so p = existing + new sites; candidates are every other site.
 */
final class SitingSolvers {

    private SitingSolvers() {
    }

    static SitingOutcome solve(SitingInstance instance, AccessCosts costs, SitingRequest request, SolveControl control) {
        int existing = instance.existingCount();
        LocationData data = new LocationData(costs, instance.weightedDemand(),
                IntStream.range(existing, instance.siteCount()).toArray(), IntStream.range(0, existing).toArray());
        int p = existing + request.newSiteCount();
        double radius = request.radius();
        try {
            return switch (request.parsedModel()) {
                case P_MEDIAN -> uncapacitated(new PMedian(data, p), control);
                case MAXIMAL_COVERING -> uncapacitated(new MaximalCovering(data, p, radius), control);
                case SET_COVERING -> uncapacitated(new SetCovering(data, radius), control);
                case P_CENTER -> uncapacitated(new PCenter(data, p), control);
                case CAPACITATED_P_MEDIAN -> capacitated(new CapacitatedPMedian(data, p, capacities(instance, request)),
                        existing, control, Math.max(0, data.totalWeight() - places(instance, request)));
                case MAX_CAPACITATED_COVERING -> capacitatedCovering(new MaximalCapacitatedCovering(data, p, radius,
                        capacities(instance, request)), existing, control, data.totalWeight());
                case BUDGET_COVERING -> uncapacitated(new BudgetCovering(data, radius,
                        openingCosts(instance, request), request.budget()), control);
            };
        } catch (UnsupportedOperationException e) {
            throw new IllegalStateException("model " + request.model() + " has no solver in this version");
        }
    }

    /** Without capacities each point is served by its nearest open site: the solution is the whole outcome. */
    private static SitingOutcome uncapacitated(LocationModel model, SolveControl control) {
        return SitingOutcome.of(model.solve(control));
    }

    /** Today is served within the same capacities as the plan, so that the comparison is like for like. */
    private static SitingOutcome capacitated(CapacitatedPMedian model, int existing, SolveControl control,
                                             double unservedAtLeast) {
        LocationSolution plan = model.solve(control);
        int[] today = existing == 0 ? null : model.assignment(IntStream.range(0, existing).toArray());
        return SitingOutcome.assigned(plan, today, unservedAtLeast);
    }

    /** All the places of today's sites and the new ones; unknown places count as room for everyone. */
    private static double places(SitingInstance instance, SitingRequest request) {
        return Arrays.stream(capacities(instance, request), 0, instance.existingCount()).sum()
                + request.newSiteCount() * request.newSiteCapacity();
    }

    /** The plan and today's sites serve parts of points, each up to its places. */
    private static SitingOutcome capacitatedCovering(MaximalCapacitatedCovering model, int existing,
                                                     SolveControl control, double totalWeight) {
        LocationSolution plan = model.solve(control);
        SitingOutcome.Division served = division(model.allocate(plan.openSites()));
        // the served weight never exceeds the model's proven upper bound
        double unservedAtLeast = Double.isFinite(plan.upperBound())
                ? Math.max(0, totalWeight - plan.upperBound()) : 0;
        if (existing == 0) {
            return SitingOutcome.divided(plan, served, null, null, unservedAtLeast);
        }
        MaximalCapacitatedCovering.Allocation today = model.allocate(IntStream.range(0, existing).toArray());
        return SitingOutcome.divided(plan, served, today.mainSite(), division(today), unservedAtLeast);
    }

    private static SitingOutcome.Division division(MaximalCapacitatedCovering.Allocation allocation) {
        return new SitingOutcome.Division(allocation.servedByPoint(), allocation.loadBySite());
    }

    /**
     * Places of each site: existing ones from their facility service, new ones as asked. A facility whose
     * places are unknown is given room for the whole demand, i.e. it is not limited.
     */
    static double[] capacities(SitingInstance instance, SitingRequest request) {
        double[] capacity = new double[instance.siteCount()];
        Arrays.fill(capacity, request.newSiteCapacity());
        double unlimited = Arrays.stream(instance.weightedDemand()).sum();
        for (int j = 0; j < instance.existingCount(); j++) {
            capacity[j] = instance.capacity()[j] < 0 ? unlimited : instance.capacity()[j];
        }
        return capacity;
    }

    /** Every new site costs the same; existing ones are already paid for. */
    private static double[] openingCosts(SitingInstance instance, SitingRequest request) {
        double[] cost = new double[instance.siteCount()];
        Arrays.fill(cost, instance.existingCount(), cost.length, request.siteCost());
        return cost;
    }
}
