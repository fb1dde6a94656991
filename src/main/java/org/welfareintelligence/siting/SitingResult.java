package org.welfareintelligence.siting;

import java.util.List;
import org.welfareintelligence.analytics.measure.Equity;

/**
 * A solved siting job, compared with today (existing facilities only). Counts are exact here; they pass
 * disclosure control only when a view of the result leaves the application.
 *
 * @param request   the checked request
 * @param instance  the problem as read from the database
 * @param outcome   the solver's answer and its certificate
 * @param today     access with existing facilities only ({@code null} when the service has none)
 * @param plan      access with existing and new sites
 * @param targets   per target: demand and access today and with the plan
 * @param sites     every open site with its load and, for new sites, what it adds
 * @param equity    inequality of access today and with the plan
 * @param phasing   the opening order of the new sites over the years, when asked for ({@code null} otherwise)
 * @param totalMillis wall-clock time of the whole job (reading, solving, evaluating)
 */
record SitingResult(SitingRequest request, SitingInstance instance, SitingOutcome outcome, Allocation today,
                    Allocation plan, List<TargetAccess> targets, List<SiteLoad> sites, EquityOfAccess equity,
                    SitingPhasing.Schedule phasing, long totalMillis) {

    /**
     * Each demand point's open site (its nearest, or the one the model assigned; -1 for none), the share of its
     * demand served there (1 unless a model divides demand), its travel distance and capped cost; their
     * weighted sum; and the weighted demand the model left without room anywhere.
     */
    record Allocation(int[] site, double[] share, double[] distance, double[] cost, double objective,
                      double unserved) {
    }

    /** Access of one target's people: mean and largest distance, and how many are within the radius. */
    record Access(double meanDistance, double maxDistance, double withinRadius, double shareWithinRadius) {
    }

    record TargetAccess(String target, String period, double weight, double demand, double unlocated,
                        Access today, Access plan) {
    }

    /**
     * An open site and the demand allocated to it. For a new site, {@code costSaved} is the drop in the
     * objective of the people it now serves, and {@code coveredGain[t]} the people of target t it brings
     * within the radius: summed over new sites they give exactly the plan's total gain over today.
     */
    record SiteLoad(int site, boolean existing, double weightedDemand, double[] demandByTarget, double meanDistance,
                    double costSaved, double[] coveredGain) {
    }

    /** Gini and Theil (split by municipio) of travel distance over people, today and with the plan. */
    record EquityOfAccess(Double giniToday, Double giniPlan, Equity.Theil theilToday, Equity.Theil theilPlan) {
    }

    /** The year (1-based) a site opens in the phasing, or null when there is no phasing or it never opens. */
    Integer openingYear(int site) {
        if (phasing == null) {
            return null;
        }
        for (SitingPhasing.Year year : phasing.years()) {
            for (int opened : year.opens()) {
                if (opened == site) {
                    return year.year();
                }
            }
        }
        return null;
    }

    boolean hasToday() {
        return today != null;
    }
}
