package org.welfareintelligence.optimisation;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Capacitated p-median with single sourcing: open {@code p} sites (fixed ones included); each demand
 * point is served whole by one open site, the weight a site serves stays within its capacity
 * ({@code capacity} is indexed by site of the cost matrix), and the weighted cost is smallest.
 *
 * <p>{@link #solve}: the open set starts from the uncapacitated p-median answer and is improved by
 * best-improvement swaps and random shakes ({@code control.iterationLimit()} rounds); each open set is
 * evaluated by {@link CapacitatedAssignment}. Points that no open site has room for stay unassigned (-1)
 * and the search first minimises their weight. The lower bound is the uncapacitated p-median's
 * Lagrangean bound (capacities only raise the optimum); it is weak when capacities are tight.
 */
public final class CapacitatedPMedian implements LocationModel {

    /** Closed sites a swap pass tries on large inputs, those {@link #relief} ranks first. */
    private static final int SCREENED = 48;

    private final LocationData data;
    private final int p;
    private final double[] capacity;

    public CapacitatedPMedian(LocationData data, int p, double[] capacity) {
        if (data == null) {
            throw new IllegalArgumentException("location data is missing");
        }
        data.requirePerSite("capacities", "capacity", capacity);
        data.requireSiteCount(p);
        this.data = data;
        this.p = p;
        this.capacity = capacity.clone();
    }

    @Override
    public LocationSolution solve(SolveControl control) {
        SolveClock clock = new SolveClock(control);
        LocationSolution uncapacitated = new PMedian(data, p).solve(control.withTimeLimit(
                Math.max(1, control.timeLimitMillis() / 4)).withIterationLimit(Math.max(1, control.iterationLimit() / 4)));
        CapacitatedAssignment assignment = new CapacitatedAssignment(data, capacity);
        int[] openable = data.openable();
        boolean[] fixed = new boolean[data.costs().sites()];
        for (int site : data.fixed()) {
            fixed[site] = true;
        }
        int[] current = uncapacitated.openSites().clone();
        CapacitatedAssignment.Result best = assignment.assign(current);
        int[] bestSites = current.clone();
        int rounds = 0;
        SplittableRandom random = new SplittableRandom(control.seed());
        int lastImprovement = 0;
        int stall = Math.max(20, control.iterationLimit() / 4);
        boolean descending = true;
        while (rounds < control.iterationLimit() && rounds - lastImprovement < stall && !clock.mustStop()) {
            rounds++;
            if (!descending) {
                // shake: one or two random swaps away from the best set
                current = bestSites.clone();
                int shakes = 1 + random.nextInt(2);
                for (int s = 0; s < shakes; s++) {
                    randomSwap(current, openable, fixed, random);
                }
            }
            CapacitatedAssignment.Result result = descend(current, openable, fixed, assignment, clock);
            if (result.betterThan(best)) {
                best = result;
                bestSites = result.openSites();
                lastImprovement = rounds;
            }
            descending = false;
            if (rounds % 8 == 0) {
                control.progress().progress(Math.max(clock.elapsedFraction(), rounds / (double) control.iterationLimit()),
                        "search round " + rounds);
            }
        }
        double lower = best.unassignedWeight() > 0 ? Double.NaN : Math.min(uncapacitated.lowerBound(), best.cost());
        return answer(best, lower, clock, null, rounds);
    }

    /**
     * How the heuristic serves the points from a given open set within capacities (site per point, -1 where
     * no open site has room): to compare a plan with today on the same terms.
     */
    public int[] assignment(int[] openSites) {
        int[] sites = openSites.clone();
        Arrays.sort(sites);
        return new CapacitatedAssignment(data, capacity).assign(sites).assignment();
    }

    /** Proven optimum by OR-Tools (MIP); for small instances. */
    @Override
    public LocationSolution solveExact(SolveControl control) {
        SolveClock clock = new SolveClock(control);
        ExactModels.Result exact = ExactModels.capacitatedPMedian(data, p, capacity, control);
        CapacitatedAssignment.Result result = new CapacitatedAssignment(data, capacity).evaluate(exact.openSites(),
                exact.assignment());
        return answer(result, exact.optimal() ? result.cost() : exact.bound(), clock,
                exact.stop(), (int) exact.nodes());
    }

    /**
     * Best-improvement swaps of the open set, each evaluated by a full assignment. On large inputs a pass
     * tries only the {@link #SCREENED} closed sites that would relieve the current assignment most
     * ({@link #relief}), best first, for one open site after another, and moves as soon as a site improves on
     * the current set (an assignment costs milliseconds there, so passes must be short); the clock is checked before each assignment and the best move found so far is kept
     * when time runs out or the job is cancelled.
     */
    private CapacitatedAssignment.Result descend(int[] sites, int[] openable, boolean[] fixed,
            CapacitatedAssignment assignment, SolveClock clock) {
        CapacitatedAssignment.Result current = assignment.assign(sites);
        boolean improved = true;
        while (improved && !clock.mustStop()) {
            improved = false;
            CapacitatedAssignment.Result bestMove = current;
            int[] open = current.openSites();
            boolean screened = openable.length - open.length > SCREENED;
            int[] incoming = screened ? relief(current, openable) : openable;
            for (int q = 0; q < open.length && !(screened && bestMove != current); q++) {
                if (fixed[open[q]]) {
                    continue;
                }
                for (int site : incoming) {
                    if (clock.mustStop()) {
                        return bestMove;
                    }
                    if (Arrays.binarySearch(open, site) >= 0) {
                        continue;
                    }
                    int[] candidate = open.clone();
                    candidate[q] = site;
                    Arrays.sort(candidate);
                    CapacitatedAssignment.Result result = assignment.assign(candidate);
                    if (result.betterThan(bestMove)) {
                        bestMove = result;
                    }
                }
            }
            if (bestMove != current) {
                current = bestMove;
                improved = true;
            }
        }
        return current;
    }

    /**
     * The {@link #SCREENED} closed sites that would relieve the assignment most if opened with room for
     * everyone: Σ over points of weight × (their current cost − cost to the site) where positive, with
     * points left without a site counted at the largest cost, so sites near them come first.
     */
    private int[] relief(CapacitatedAssignment.Result current, int[] openable) {
        CostMatrix costs = data.costs();
        double[] weight = data.weights();
        int[] assigned = current.assignment();
        double unservedCost = 0;
        for (int i = 0; i < weight.length; i++) {
            if (assigned[i] >= 0) {
                unservedCost = Math.max(unservedCost, costs.cost(i, assigned[i]));
            }
        }
        double[] score = new double[costs.sites()];
        for (int i = 0; i < weight.length; i++) {
            if (weight[i] == 0) {
                continue;
            }
            // people without a site weigh as if they travelled twice the farthest served trip
            double now = assigned[i] >= 0 ? costs.cost(i, assigned[i]) : 2 * unservedCost;
            double w = weight[i];
            costs.sitesWithin(i, now, (site, c) -> score[site] += w * (now - c));
        }
        int[] open = current.openSites();
        return Arrays.stream(openable).filter(site -> Arrays.binarySearch(open, site) < 0).boxed()
                .sorted((a, b) -> Double.compare(score[b], score[a])).limit(SCREENED)
                .mapToInt(Integer::intValue).toArray();
    }

    private static void randomSwap(int[] sites, int[] openable, boolean[] fixed, SplittableRandom random) {
        int free = 0;
        for (int site : sites) {
            free += fixed[site] ? 0 : 1;
        }
        if (free == 0 || sites.length == openable.length) {
            return;
        }
        int q;
        do {
            q = random.nextInt(sites.length);
        } while (fixed[sites[q]]);
        int incoming;
        do {
            incoming = openable[random.nextInt(openable.length)];
        } while (Arrays.binarySearch(sites, incoming) >= 0);
        sites[q] = incoming;
        Arrays.sort(sites);
    }

    /** Contribution of a site: extra cost when it alone closes and its points go to their next nearest open site. */
    private LocationSolution answer(CapacitatedAssignment.Result result, double lower, SolveClock clock,
            StopReason known, int iterations) {
        int[] sites = result.openSites();
        double[] contribution = new double[sites.length];
        int[] assigned = result.assignment();
        double[] weight = data.weights();
        for (int i = 0; i < weight.length; i++) {
            if (assigned[i] < 0 || weight[i] == 0) {
                continue;
            }
            int k = Arrays.binarySearch(sites, assigned[i]);
            double own = data.costs().cost(i, assigned[i]);
            double next = Double.POSITIVE_INFINITY;
            for (int site : sites) {
                if (site != assigned[i]) {
                    next = Math.min(next, data.costs().cost(i, site));
                }
            }
            contribution[k] += weight[i] * (next - own);
        }
        double objective = result.cost();
        double gap = LocationSolution.gap(lower, objective, objective);
        StopReason stop = known != null ? known : clock.stopReason(gap);
        return new LocationSolution(sites, assigned, objective, lower, objective, gap, clock.millis(), stop,
                contribution, iterations);
    }
}
