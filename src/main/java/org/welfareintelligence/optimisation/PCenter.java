package org.welfareintelligence.optimisation;

import java.util.Arrays;

/**
 * p-center: open {@code p} sites (fixed ones included) so that the largest cost from a demand point of
 * positive weight to its nearest open site is smallest.
 *
 * <p>{@link #solve} searches the radius: a radius is reachable when a maximal covering search with p
 * sites ({@link CoverageSearch}) covers every point, and proven unreachable when the maximal covering
 * upper bound ({@link CoverageBound}) falls short or a packing needs more new sites than p allows
 * ({@link #packingRulesOut}, tried first as it is cheap). On small inputs the candidate radii are the distinct
 * costs (binary search over them); on large ones, bisection on the value. The lower bound is the
 * smallest candidate above the largest radius proven unreachable. The search starts from Gonzalez's
 * farthest-first answer (open the site nearest to the worst-served point, p times), which is within twice
 * the optimum on metric costs and caps the radii tried, so large instances improve on it from the start.
 */
public final class PCenter implements LocationModel {

    private static final long MAX_LISTED_PAIRS = 4_000_000L;
    private static final int BISECTIONS = 40;
    private static final int BOUND_STEPS = 200;

    private final LocationData data;
    private final int p;

    public PCenter(LocationData data, int p) {
        if (data == null) {
            throw new IllegalArgumentException("location data is missing");
        }
        data.requireSiteCount(p);
        this.data = data;
        this.p = p;
    }

    @Override
    public LocationSolution solve(SolveControl control) {
        SolveClock clock = new SolveClock(control);
        int[] openable = data.openable();
        boolean listed = (long) data.weights().length * openable.length <= MAX_LISTED_PAIRS;
        double[] radii = listed ? candidateRadii(openable) : new double[] {0, largestCost(openable)};
        int[] best = farthestFirst(openable);
        double bestRadius = maxCost(best);
        double provenBelow = Double.NEGATIVE_INFINITY;
        double lo = radii[0];
        double hi = Math.min(radii[radii.length - 1], bestRadius);
        int loIndex = 0;
        int hiIndex = radii.length - 1;
        while (hiIndex > 0 && radii[hiIndex] >= bestRadius) {
            hiIndex--; // only radii below the farthest-first answer can improve on it
        }
        int iterations = 0;
        for (int step = 0; step < BISECTIONS && !clock.mustStop(); step++) {
            double radius;
            int midIndex = -1;
            if (listed) {
                if (loIndex > hiIndex) {
                    break;
                }
                midIndex = (loIndex + hiIndex) >>> 1;
                radius = radii[midIndex];
            } else {
                radius = (lo + hi) / 2;
            }
            control.progress().progress(clock.elapsedFraction(), "trying radius " + radius);
            iterations++;
            if (packingRulesOut(radius, openable, clock)) {
                provenBelow = Math.max(provenBelow, radius);
                if (midIndex >= 0) {
                    loIndex = midIndex + 1;
                } else {
                    lo = radius;
                }
                continue;
            }
            Coverage coverage = new Coverage(data, radius);
            double everyone = positiveWeight();
            if (coverage.coverableWeight >= everyone - 1e-9 * Math.max(1, everyone)) {
                CoverageSearch search = new CoverageSearch(coverage, p);
                search.greedy();
                double target = everyone - 1e-9 * Math.max(1, everyone);
                search.search(control.withIterationLimit(Math.max(1, control.iterationLimit() / 10)), clock, target);
                if (search.covered() >= target) {
                    int[] found = search.openSites();
                    double foundRadius = maxCost(found);
                    if (foundRadius < bestRadius) {
                        best = found;
                        bestRadius = foundRadius;
                    }
                    if (midIndex >= 0) {
                        hiIndex = midIndex - 1;
                    } else {
                        hi = bestRadius;
                    }
                    continue;
                }
                CoverageBound bound = new CoverageBound(coverage, p, null, 0);
                if (bound.run(BOUND_STEPS, search.covered(), target, clock) < target) {
                    provenBelow = Math.max(provenBelow, radius);
                }
            } else {
                provenBelow = Math.max(provenBelow, radius);
            }
            if (midIndex >= 0) {
                loIndex = midIndex + 1;
            } else {
                lo = radius;
            }
        }
        double lower = provenBelow == Double.NEGATIVE_INFINITY ? 0 : listed ? nextAbove(radii, provenBelow) : provenBelow;
        return answer(best, Math.min(lower, bestRadius), clock, null, iterations);
    }

    /** Proven optimum by OR-Tools (MIP); for small instances. */
    @Override
    public LocationSolution solveExact(SolveControl control) {
        SolveClock clock = new SolveClock(control);
        ExactModels.Result exact = ExactModels.pCenter(data, p, control);
        double lower = exact.optimal() ? maxCost(exact.openSites()) : exact.bound();
        return answer(exact.openSites(), lower, clock, exact.stop(),
                (int) exact.nodes());
    }

    /**
     * Whether a packing proves that no p sites reach every point within {@code radius}: points no fixed site
     * reaches, taken greedily (fewest reaching sites first) so that no free site reaches two of them, each need
     * a new site of their own; more of them than free sites to open, and the radius is out of reach. Also
     * true when some point has no openable site within the radius at all; false when time runs out first.
     */
    private boolean packingRulesOut(double radius, int[] openable, SolveClock clock) {
        boolean[] isFixed = new boolean[data.costs().sites()];
        for (int site : data.fixed()) {
            isFixed[site] = true;
        }
        boolean[] isFree = new boolean[data.costs().sites()];
        for (int site : openable) {
            isFree[site] = !isFixed[site];
        }
        int n = data.weights().length;
        int[][] reaching = new int[n][];
        int[] buffer = new int[openable.length];
        for (int i = 0; i < n; i++) {
            if (data.weights()[i] <= 0) {
                continue;
            }
            if ((i & 255) == 0 && clock.mustStop()) {
                return false;
            }
            int[] count = {0};
            boolean[] byFixed = {false};
            data.costs().sitesWithin(i, radius, (site, cost) -> {
                if (isFixed[site]) {
                    byFixed[0] = true;
                } else if (isFree[site]) {
                    buffer[count[0]++] = site;
                }
            });
            if (byFixed[0]) {
                continue;
            }
            if (count[0] == 0) {
                return true;
            }
            reaching[i] = Arrays.copyOf(buffer, count[0]);
        }
        Integer[] order = java.util.stream.IntStream.range(0, n).filter(i -> reaching[i] != null).boxed()
                .sorted((a, b) -> Integer.compare(reaching[a].length, reaching[b].length)).toArray(Integer[]::new);
        boolean[] taken = new boolean[data.costs().sites()];
        int needed = 0;
        int free = p - data.fixed().length;
        for (int i : order) {
            boolean disjoint = true;
            for (int site : reaching[i]) {
                if (taken[site]) {
                    disjoint = false;
                    break;
                }
            }
            if (disjoint) {
                for (int site : reaching[i]) {
                    taken[site] = true;
                }
                if (++needed > free) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Largest cost from a point of positive weight to any openable site: a radius every set reaches. */
    private double largestCost(int[] openable) {
        double max = 0;
        for (int i = 0; i < data.weights().length; i++) {
            if (data.weights()[i] > 0) {
                for (int site : openable) {
                    max = Math.max(max, data.costs().cost(i, site));
                }
            }
        }
        return max;
    }

    /** Distinct costs from points of positive weight to openable sites, ascending: the optimum is one of them. */
    private double[] candidateRadii(int[] openable) {
        double[] weight = data.weights();
        double[] all = new double[weight.length * openable.length];
        int count = 0;
        for (int i = 0; i < weight.length; i++) {
            if (weight[i] > 0) {
                for (int site : openable) {
                    all[count++] = data.costs().cost(i, site);
                }
            }
        }
        double[] sorted = Arrays.copyOf(all, count);
        Arrays.sort(sorted);
        return Arrays.stream(sorted).distinct().toArray();
    }

    private static double nextAbove(double[] radii, double value) {
        for (double r : radii) {
            if (r > value) {
                return r;
            }
        }
        return value;
    }

    private double positiveWeight() {
        double sum = 0;
        for (double w : data.weights()) {
            sum += w > 0 ? w : 0;
        }
        return sum;
    }

    /** Gonzalez: the fixed sites, then p times the openable site nearest to the worst-served point. */
    private int[] farthestFirst(int[] openable) {
        int[] fixed = data.fixed();
        int[] sites = Arrays.copyOf(fixed, p);
        int count = fixed.length;
        double[] weight = data.weights();
        double[] distance = new double[weight.length];
        Arrays.fill(distance, Double.POSITIVE_INFINITY);
        for (int k = 0; k < count; k++) {
            lower(distance, sites[k]);
        }
        boolean[] open = new boolean[data.costs().sites()];
        for (int k = 0; k < count; k++) {
            open[sites[k]] = true;
        }
        while (count < p) {
            int worst = -1;
            for (int i = 0; i < weight.length; i++) {
                if (weight[i] > 0 && (worst < 0 || distance[i] > distance[worst])) {
                    worst = i;
                }
            }
            int chosen = -1;
            for (int site : openable) {
                if (!open[site] && (worst < 0 || chosen < 0
                        || data.costs().cost(worst, site) < data.costs().cost(worst, chosen))) {
                    chosen = site;
                }
            }
            open[chosen] = true;
            sites[count++] = chosen;
            lower(distance, chosen);
        }
        return sites;
    }

    private void lower(double[] distance, int site) {
        for (int i = 0; i < distance.length; i++) {
            distance[i] = Math.min(distance[i], data.costs().cost(i, site));
        }
    }

    private double maxCost(int[] sites) {
        double max = 0;
        for (int i = 0; i < data.weights().length; i++) {
            if (data.weights()[i] > 0) {
                max = Math.max(max, nearest(i, sites, -1));
            }
        }
        return max;
    }

    private double nearest(int demand, int[] sites, int skip) {
        double best = Double.POSITIVE_INFINITY;
        for (int k = 0; k < sites.length; k++) {
            if (k != skip) {
                best = Math.min(best, data.costs().cost(demand, sites[k]));
            }
        }
        return best;
    }

    /** Nearest-site assignment; a site's contribution is how much the radius grows without it. */
    private LocationSolution answer(int[] openSites, double lower, SolveClock clock, StopReason known,
            int iterations) {
        int[] sites = openSites.clone();
        Arrays.sort(sites);
        double[] weight = data.weights();
        int[] assignment = new int[weight.length];
        double objective = 0;
        for (int i = 0; i < weight.length; i++) {
            int nearest = 0;
            for (int k = 1; k < sites.length; k++) {
                if (data.costs().cost(i, sites[k]) < data.costs().cost(i, sites[nearest])) {
                    nearest = k;
                }
            }
            assignment[i] = sites[nearest];
            if (weight[i] > 0) {
                objective = Math.max(objective, data.costs().cost(i, sites[nearest]));
            }
        }
        double[] contribution = new double[sites.length];
        for (int k = 0; k < sites.length; k++) {
            double without = 0;
            for (int i = 0; i < weight.length; i++) {
                if (weight[i] > 0) {
                    without = Math.max(without, nearest(i, sites, k));
                }
            }
            contribution[k] = without - objective;
        }
        double gap = LocationSolution.gap(lower, objective, objective);
        StopReason stop = known != null ? known : clock.stopReason(gap);
        return new LocationSolution(sites, assignment, objective, lower, objective, gap, clock.millis(), stop,
                contribution, iterations);
    }
}
