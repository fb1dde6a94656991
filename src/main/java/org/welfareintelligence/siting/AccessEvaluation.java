package org.welfareintelligence.siting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Compares access with a plan's open sites against access today (existing sites only). Plain Java. */
final class AccessEvaluation {

    private final SitingInstance instance;
    private final AccessCosts costs;
    private final double radius;
    private final double[] weight;

    AccessEvaluation(SitingInstance instance, AccessCosts costs, double radius) {
        this.instance = instance;
        this.costs = costs;
        this.radius = radius;
        this.weight = instance.weightedDemand();
    }

    /** Each point to its cheapest open site (first one on ties). */
    SitingResult.Allocation allocate(int[] openSites) {
        int n = instance.pointCount();
        int[] site = new int[n];
        double[] distance = new double[n];
        double[] cost = new double[n];
        double objective = 0;
        for (int i = 0; i < n; i++) {
            int best = -1;
            double bestCost = Double.POSITIVE_INFINITY;
            for (int j : openSites) {
                double c = costs.cost(i, j);
                if (c < bestCost) {
                    bestCost = c;
                    best = j;
                }
            }
            site[i] = best;
            cost[i] = bestCost;
            distance[i] = costs.distance(i, best);
            objective += weight[i] * bestCost;
        }
        double[] whole = new double[n];
        Arrays.fill(whole, 1);
        return new SitingResult.Allocation(site, whole, distance, cost, objective, 0);
    }

    /**
     * The solver's own assignment (capacities may send a point past its nearest site). Points it left without
     * room have no site (-1) and count as unserved, at the cutoff, as people beyond reach do. With divisible
     * demand ({@code served} not null: weight served per point) the unserved part of a point counts at the
     * cutoff and the rest at its main site.
     */
    SitingResult.Allocation assigned(int[] assignment, SitingOutcome.Division division) {
        double[] served = division == null ? null : division.servedByPoint();
        int n = instance.pointCount();
        int[] site = new int[n];
        double[] share = new double[n];
        double[] distance = new double[n];
        double[] cost = new double[n];
        double objective = 0;
        double unserved = 0;
        for (int i = 0; i < n; i++) {
            int j = assignment[i];
            site[i] = j;
            double part = j < 0 ? 0 : served == null || weight[i] == 0 ? 1 : Math.min(1, served[i] / weight[i]);
            share[i] = part;
            unserved += weight[i] * (1 - part);
            if (j < 0) {
                distance[i] = costs.cutoff();
                cost[i] = costs.cutoff();
            } else {
                distance[i] = costs.distance(i, j);
                cost[i] = part * costs.cost(i, j) + (1 - part) * costs.cutoff();
            }
            objective += weight[i] * cost[i];
        }
        return new SitingResult.Allocation(site, share, distance, cost, objective, unserved);
    }

    /** Open sites of today: the existing facilities. */
    int[] existingSites() {
        int[] sites = new int[instance.existingCount()];
        for (int j = 0; j < sites.length; j++) {
            sites[j] = j;
        }
        return sites;
    }

    List<SitingResult.TargetAccess> targets(SitingResult.Allocation today, SitingResult.Allocation plan) {
        List<SitingResult.TargetAccess> result = new ArrayList<>();
        for (int t = 0; t < instance.targets().length; t++) {
            double[] demand = instance.demand()[t];
            double total = 0;
            for (double d : demand) {
                total += d;
            }
            result.add(new SitingResult.TargetAccess(instance.targets()[t], instance.periods()[t],
                    instance.targetWeights()[t], total, instance.unlocated()[t],
                    today == null ? null : access(demand, total, today), access(demand, total, plan)));
        }
        return result;
    }

    private SitingResult.Access access(double[] demand, double total, SitingResult.Allocation allocation) {
        double sum = 0;
        double max = 0;
        double within = 0;
        for (int i = 0; i < demand.length; i++) {
            if (demand[i] > 0) {
                double d = allocation.distance()[i];
                sum += demand[i] * d;
                max = Math.max(max, d);
                if (d <= radius) {
                    within += demand[i];
                }
            }
        }
        return new SitingResult.Access(total > 0 ? sum / total : 0, max, within, total > 0 ? within / total : 0);
    }

    /**
     * Load of every open site. What a new site adds is measured on the people allocated to it: they are
     * exactly the people whose cost dropped (anyone else keeps today's nearest existing site), so the
     * gains of the new sites add up to the plan's total gain. (With capacities, people the plan leaves without
     * room are served by no site, and their loss is credited to none. With divisible demand a point is credited
     * to its main site and each site's load is then scaled to what the model's flow puts there, target by
     * target in proportion.)
     */
    List<SitingResult.SiteLoad> sites(int[] openSites, SitingResult.Allocation today, SitingResult.Allocation plan,
                                      SitingOutcome.Division division) {
        int targets = instance.targets().length;
        int m = instance.siteCount();
        double[] weighted = new double[m];
        double[][] byTarget = new double[m][targets];
        double[] distanceSum = new double[m];
        double[] saved = new double[m];
        double[][] covered = new double[m][targets];
        for (int i = 0; i < instance.pointCount(); i++) {
            int j = plan.site()[i];
            if (j < 0) {
                continue;
            }
            double part = plan.share()[i];
            weighted[j] += part * weight[i];
            distanceSum[j] += part * weight[i] * plan.distance()[i];
            // without existing sites everybody is unserved today, at the cutoff's cost
            double todayCost = today == null ? costs.cutoff() : today.cost()[i];
            double todayDistance = today == null ? Double.POSITIVE_INFINITY : today.distance()[i];
            saved[j] += weight[i] * (todayCost - plan.cost()[i]);
            boolean newlyWithin = plan.distance()[i] <= radius && todayDistance > radius;
            for (int t = 0; t < targets; t++) {
                double people = part * instance.demand()[t][i];
                byTarget[j][t] += people;
                if (newlyWithin) {
                    covered[j][t] += people;
                }
            }
        }
        double[] meanDistance = new double[m];
        for (int j : openSites) {
            meanDistance[j] = weighted[j] > 0 ? distanceSum[j] / weighted[j] : 0;
        }
        if (division != null) {
            for (int j : openSites) {
                double scale = weighted[j] > 0 ? division.loadBySite()[j] / weighted[j] : 0;
                weighted[j] = division.loadBySite()[j];
                for (int t = 0; t < targets; t++) {
                    byTarget[j][t] *= scale;
                    covered[j][t] *= scale;
                }
            }
        }
        List<SitingResult.SiteLoad> loads = new ArrayList<>();
        for (int j : openSites) {
            boolean existing = instance.isExisting(j);
            loads.add(new SitingResult.SiteLoad(j, existing, weighted[j], byTarget[j], meanDistance[j],
                    existing ? 0 : saved[j], existing ? new double[targets] : covered[j]));
        }
        return loads;
    }
}
