package org.welfareintelligence.siting;

import java.util.List;
import java.util.Map;
import org.welfareintelligence.privacy.Count;

/**
 * The result of a siting job as the API returns it. People counts have passed disclosure control
 * ({@code null} where withheld from the reader); travel (distances, times) is in {@code problem.unit}: metres
 * ("m") for euclidean costs, or the imported table's unit ("m" or "min").
 */
public record SitingReport(
        SitingJob.Status job,
        SitingRequest request,
        Problem problem,
        Certificate certificate,
        Comparison comparison,
        List<TargetAccess> targets,
        List<Site> newSites,
        List<Site> existingSites,
        SitingResult.EquityOfAccess equity,
        Phasing phasing,
        Map<String, String> downloads) {

    /** Size of the problem solved, and how travel was measured (euclidean or imported) in which unit. */
    public record Problem(int demandPoints, int existingSites, int candidateSites, String candidates, String costs,
                          String unit) {
    }

    /**
     * How good the answer is: the model's objective (person-metres or person-minutes for the p-medians, people covered for the
     * covering models, sites for set covering, the unit of travel for p-center) between a lower and an upper bound,
     * their relative gap, and why the solver stopped. Bounds are {@code null} when the solver proves none.
     */
    public record Certificate(String model, double objective, Double lowerBound, Double upperBound, Double gap,
                              String stopReason, long solverMillis, long totalMillis, long iterations, long seed) {
    }

    /**
     * The plan against today in person-metres (or person-minutes): the demand-weighted sum of capped travel with
     * existing sites only and with the plan ({@code today} fields are {@code null} when the service has no site);
     * {@code unservedToday} and {@code unservedPlan} are the weighted demand that today's sites and the plan have
     * no room for (capacitated models, which serve today within the same capacities; 0 otherwise), and
     * {@code unservedAtLeast} what no plan of this size could serve (capacitated models only).
     */
    public record Comparison(Double personTravelToday, double personTravelPlan, Double personTravelSaved,
                             Double savedShare, Count unservedToday, Count unservedPlan, Count unservedAtLeast) {
    }

    public record Access(double meanDistance, double maxDistance, Count withinRadius, Double shareWithinRadius) {
    }

    /** One target's demand and its access today and with the plan; {@code gain} is plan minus today. */
    public record TargetAccess(String target, String period, double weight, Count demand, Count unlocated,
                               Access today, Access plan, Gain gain) {
    }

    public record Gain(Double meanDistanceSaved, Count withinRadius) {
    }

    /**
     * An open site. For a new one, {@code adds} says what it brings: the person-metres (or person-minutes) it saves and, per
     * target, the people it brings within the radius (over all new sites these add up to the total gain,
     * as each person's gain is credited to the site now serving them); and {@code removalLoss}, how much the
     * model's objective worsens if this site alone is dropped ({@code null} when unknown or unbounded).
     */
    public record Site(String code, String name, double lon, double lat, Integer capacity,
                       Map<String, Count> allocated, double meanDistance, Adds adds) {
    }

    /**
     * When to open the new sites: per year the sites that open and, at its end, the people of each target within
     * the radius and their share; sites the budgets never reach; the objective (weighted people within the
     * radius summed over the years) with its proven upper bound and gap. {@code null} when not asked for.
     */
    public record Phasing(List<Year> years, List<String> notScheduled, Count cumulativeWithinRadius,
                          Double upperBound, Double gap, String stopReason) {
    }

    public record Year(int year, List<String> opens, Map<String, Count> withinRadius,
                       Map<String, Double> shareWithinRadius) {
    }

    public record Adds(double personTravelSaved, Map<String, Count> withinRadius, Double removalLoss) {
    }
}
