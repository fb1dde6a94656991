package org.welfareintelligence.optimisation;

import java.util.Arrays;

/**
 * Maximum capacitated coverage (capacitated MCLP with divisible demand, after Pirkul and Schilling 1991):
 * open {@code p} sites (fixed ones included); a demand point's weight may be split among the open sites
 * within {@code radius}; open site j serves at most {@code capacity[j]} weight ({@code capacity} is
 * indexed by site of the cost matrix); the weight served is largest.
 *
 * <p>{@link #solve}: lazy greedy, swap descent and variable neighbourhood search
 * ({@link CapacitatedCoverageSearch}, {@code control.iterationLimit()} shakes), each open set evaluated
 * exactly by maximum flow. Upper bound: the smaller of the uncapacitated maximal covering bound
 * ({@link CoverageBound}) and the fixed sites' plus the {@code p − |fixed|} largest free sites'
 * min(capacity, weight within the radius). Points are assigned to the site serving their largest share,
 * or -1; a site's contribution is the served weight lost when it alone closes and the flow is re-solved.
 */
public final class MaximalCapacitatedCovering implements LocationModel {

    private static final int BOUND_STEPS = 300;

    /**
     * How an open set serves the demand.
     *
     * @param served        total weight served
     * @param servedByPoint weight served per demand point
     * @param loadBySite    weight served per site of the cost matrix (0 for closed sites), like {@code capacity}
     * @param mainSite      per demand point the site serving its largest share (lower index on ties), or -1
     */
    public record Allocation(double served, double[] servedByPoint, double[] loadBySite, int[] mainSite) {
    }

    private final LocationData data;
    private final int p;
    private final double radius;
    private final double[] capacity;

    public MaximalCapacitatedCovering(LocationData data, int p, double radius, double[] capacity) {
        if (data == null) {
            throw new IllegalArgumentException("location data is missing");
        }
        data.requirePerSite("capacities", "capacity", capacity);
        data.requireSiteCount(p);
        if (!(radius > 0) || Double.isInfinite(radius)) {
            throw new IllegalArgumentException("service radius must be finite and positive, got " + radius);
        }
        this.data = data;
        this.p = p;
        this.radius = radius;
        this.capacity = capacity.clone();
    }

    @Override
    public LocationSolution solve(SolveControl control) {
        SolveClock clock = new SolveClock(control);
        Coverage coverage = new Coverage(data, radius);
        CapacitatedCoverage network = new CapacitatedCoverage(coverage, capacity);
        CapacitatedCoverageSearch search = new CapacitatedCoverageSearch(network, p);
        control.progress().progress(0, "greedy");
        search.greedy();
        search.descend(clock);
        control.progress().progress(clock.elapsedFraction(), "upper bound");
        double upper = Math.min(coverage.coverableWeight, largestSitesBound(network));
        CoverageBound uncapacitated = new CoverageBound(coverage, p, null, 0);
        CoverageSearch coveringGreedy = new CoverageSearch(coverage, p);
        coveringGreedy.greedy();
        // the covering bound never falls below what uncapacitated covering reaches: run it only when that is lower
        if (coveringGreedy.covered() < upper) {
            upper = Math.min(upper, uncapacitated.run(BOUND_STEPS, search.served(), Double.NEGATIVE_INFINITY, clock));
        }
        upper = roundedUpper(upper);
        control.progress().progress(clock.elapsedFraction(), "search");
        search.search(control, clock, upper / (1 + control.targetGap()) - 1e-9 * Math.max(1, upper));
        control.progress().progress(1, "done");
        return answer(network, search.openLocal(), upper, clock, null, search.rounds + uncapacitated.iterations);
    }

    /** Proven optimum by OR-Tools (MIP); for small instances. */
    @Override
    public LocationSolution solveExact(SolveControl control) {
        SolveClock clock = new SolveClock(control);
        ExactModels.Result exact = ExactModels.capacitatedCovering(data, p, radius, capacity, control);
        Coverage coverage = new Coverage(data, radius);
        return answer(new CapacitatedCoverage(coverage, capacity), localSites(coverage, exact.openSites()),
                exact.optimal() ? Double.NaN : exact.bound(), clock,
                exact.stop(), (int) exact.nodes());
    }

    /** How {@code openSites} (openable sites of the cost matrix, fixed ones are not added) serve the demand. */
    public Allocation allocate(int[] openSites) {
        Coverage coverage = new Coverage(data, radius);
        CapacitatedCoverage network = new CapacitatedCoverage(coverage, capacity);
        int[] local = localSites(coverage, openSites);
        network.serve(local, local.length);
        return network.allocation();
    }

    private static int[] localSites(Coverage coverage, int[] sites) {
        if (sites == null) {
            throw new IllegalArgumentException("open sites are missing");
        }
        int[] local = new int[sites.length];
        for (int s = 0; s < sites.length; s++) {
            local[s] = Arrays.binarySearch(coverage.openable, sites[s]);
            if (local[s] < 0) {
                throw new IllegalArgumentException("site " + sites[s] + " is neither a candidate nor a fixed site");
            }
        }
        Arrays.sort(local);
        for (int s = 1; s < local.length; s++) {
            if (local[s] == local[s - 1]) {
                throw new IllegalArgumentException("site " + coverage.openable[local[s]] + " is listed twice");
            }
        }
        return local;
    }

    /** No open set serves more than Σ_{j open} min(capacity_j, weight within the radius of j). */
    private double largestSitesBound(CapacitatedCoverage network) {
        Coverage coverage = network.coverage;
        double fixedPart = 0;
        double[] free = new double[coverage.siteCount()];
        int freeCount = 0;
        for (int j = 0; j < coverage.siteCount(); j++) {
            double most = Math.min(network.capacity[j], network.weightWithin[j]);
            if (coverage.fixed[j]) {
                fixedPart += most;
            } else {
                free[freeCount++] = most;
            }
        }
        Arrays.sort(free, 0, freeCount);
        double sum = fixedPart;
        for (int r = 0; r < p - coverage.fixedCount(); r++) {
            sum += free[freeCount - 1 - r];
        }
        return sum;
    }

    /** Whole weights and capacities give a whole maximum flow: the bound can be rounded down. */
    private double roundedUpper(double upper) {
        for (int site : data.openable()) {
            if (capacity[site] != Math.rint(capacity[site])) {
                return upper;
            }
        }
        return CoveringAnswer.roundedUpper(data, upper);
    }

    private LocationSolution answer(CapacitatedCoverage network, int[] local, double upperBound, SolveClock clock,
            StopReason known, int iterations) {
        double served = network.serve(local, local.length);
        Allocation allocation = network.allocation();
        double[] contribution = new double[local.length];
        int[] others = new int[Math.max(0, local.length - 1)];
        for (int k = 0; k < local.length; k++) {
            int count = 0;
            for (int other = 0; other < local.length; other++) {
                if (other != k) {
                    others[count++] = local[other];
                }
            }
            contribution[k] = Math.max(0, served - network.serve(others, count));
        }
        int[] sites = new int[local.length];
        for (int k = 0; k < local.length; k++) {
            sites[k] = network.coverage.openable[local[k]];
        }
        // NaN: proven optimal, the bound is the objective itself
        double upper = Double.isNaN(upperBound) ? served : Math.max(served, upperBound);
        double gap = LocationSolution.gap(served, upper, served);
        StopReason stop = known != null ? known : clock.stopReason(gap);
        return new LocationSolution(sites, allocation.mainSite(), served, served, upper, gap, clock.millis(), stop,
                contribution, iterations);
    }
}
