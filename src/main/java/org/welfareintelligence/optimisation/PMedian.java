package org.welfareintelligence.optimisation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Phaser;

/**
 * p-median: open {@code p} sites (fixed ones included) so that the weighted sum of costs from each
 * demand point to its nearest open site is smallest.
 *
 * <p>{@link #solve}: greedy start (on more than 12,000 points: the answer of the same search on a seeded
 * sample of 12,000), fast-swap descent ({@link MedianSearch}), then variable neighbourhood search on
 * {@code control.threads()} threads with seeds {@code seed, seed + 1, …}, round by round in lockstep, while a
 * Lagrangean lower bound ({@link MedianLagrangean}) runs beside them and stops them once the target gap is
 * met. The answer is the best objective, among equals the one found in the earliest round (then the lowest
 * seed), so the same seed and thread count give the same answer unless the time limit, cancellation or a
 * positive target gap cuts the search. When weights
 * and costs are whole numbers the bound is rounded up, which lets the solver prove optimality.
 * {@link #solveExact} and {@link #lpBound} use OR-Tools (SCIP, GLOP) and are for small instances; they
 * honour the time limit and cancellation.
 */
public final class PMedian implements LocationModel {

    /** Largest number of subgradient steps (the step size usually shrinks to nothing sooner). */
    private static final int LAGRANGE_STEPS = 1000;
    /** On large inputs, how many nearest sites of each point are listed (at most {@link #LISTED_PAIRS} in all). */
    private static final int NEAREST_SITES = 512;
    private static final long LISTED_PAIRS = 24_000_000L;
    /** Above this many demand points the search starts from the answer on a sample of them. */
    private static final int SAMPLED_POINTS = 12_000;
    /** Largest shake, in random swaps. */
    private static final int MAX_SHAKE = 12;

    private final LocationData data;
    private final int p;

    public PMedian(LocationData data, int p) {
        if (data == null) {
            throw new IllegalArgumentException("location data is missing");
        }
        data.requireSiteCount(p);
        this.data = data;
        this.p = p;
    }

    public LocationData data() {
        return data;
    }

    public int p() {
        return p;
    }

    @Override
    public LocationSolution solve(SolveControl control) {
        SolveClock clock = new SolveClock(control);
        int[] openable = data.openable();
        boolean[] fixedLocal = fixedLocal(openable);
        int free = p - data.fixed().length;
        if (free == 0 || p == openable.length) {
            int[] local = free == 0 ? fixedIndices(fixedLocal) : allIndices(openable.length);
            return evaluate(sites(openable, local), Double.NaN, clock, StopReason.OPTIMAL, 0, true);
        }
        if (p == 1) {
            return evaluate(new int[] {bestSingleSite(openable)}, Double.NaN, clock, StopReason.OPTIMAL, 0, true);
        }
        // sorted site lists per point: all sites on small inputs; on large inputs the nearest ones, which
        // alone steer the search while the bound also asks the full matrix beyond them
        CostMatrix costs = SortedNeighbours.over(data.costs(), openable);
        CostMatrix searchCosts = costs;
        double[] reach = new double[data.weights().length];
        Arrays.fill(reach, Double.POSITIVE_INFINITY);
        if (costs == data.costs()) {
            int listed = (int) Math.max(3L * p, Math.min(NEAREST_SITES, LISTED_PAIRS / data.weights().length));
            SortedNeighbours lists = SortedNeighbours.nearest(data.costs(), openable, listed);
            costs = lists;
            searchCosts = lists.truncated();
            reach = lists.listedReach();
        }
        int[] start = startingSites(openable, fixedLocal, searchCosts, control, clock);
        MedianSearch search = new MedianSearch(searchCosts, data.weights(), openable, fixedLocal, p);
        search.reset(start);
        Shared shared = new Shared(search.objective());

        // the bound runs beside the searches and tells them when the target gap is met
        control.progress().progress(clock.elapsedFraction(), "search and lower bound");
        MedianLagrangean lagrangean = new MedianLagrangean(costs, data.weights(), openable, fixedLocal, p,
                search.d1, reach);
        Thread bound = new Thread(() -> lagrangean.run(LAGRANGE_STEPS, () -> shared.upper,
                value -> shared.stopAt = clock.targetFor(roundedBound(value)), clock.deadlineNanos(), control),
                "p-median-bound");
        bound.start();
        search.descend(clock);
        shared.offer(search.objective());
        int[] searchStart = search.open.clone();
        Vns[] runs = new Vns[control.threads()];
        Phaser lockstep = lockstep(runs.length, shared, clock);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < runs.length; t++) {
            MedianSearch own = t == 0 ? search
                    : new MedianSearch(searchCosts, data.weights(), openable, fixedLocal, p);
            runs[t] = new Vns(own, searchStart, control.seed() + t, control, clock, lockstep, shared, t == 0);
            if (t > 0) {
                Thread thread = new Thread(runs[t], "p-median-vns-" + t);
                thread.start();
                threads.add(thread);
            }
        }
        runs[0].run();
        threads.add(bound);
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                threads.forEach(Thread::interrupt);
                Thread.currentThread().interrupt();
            }
        }
        Vns winner = runs[0];
        int iterations = 0;
        for (Vns run : runs) {
            iterations += run.rounds;
            if (run.bestObjective < winner.bestObjective
                    || run.bestObjective == winner.bestObjective && run.bestRound < winner.bestRound) {
                winner = run;
            }
        }
        int[] best = winner.bestOpen;
        double lower = roundedBound(lagrangean.bound());
        if (Double.isNaN(lower)) {
            // the bound had no time for a first step (a busy machine): serving every point from its nearest
            // site is still a bound, weak but proven, so the answer always carries a gap
            lower = roundedBound(nearestSiteBound(openable));
        }
        iterations += lagrangean.iterations;
        control.progress().progress(1, "done");
        return evaluate(sites(openable, best), lower, clock, null, iterations, false);
    }

    /** Proven optimum by OR-Tools (MIP); for instances of a few hundred points. */
    @Override
    public LocationSolution solveExact(SolveControl control) {
        SolveClock clock = new SolveClock(control);
        ExactModels.Result exact = ExactModels.pMedian(data, p, control);
        return evaluate(exact.openSites(), exact.bound(), clock, exact.stop(), (int) exact.nodes(),
                exact.optimal());
    }

    /** Lower bound of the LP relaxation (OR-Tools GLOP); for instances of a few hundred points. */
    public double lpBound(SolveControl control) {
        return ExactModels.pMedianLpBound(data, p, control);
    }

    /**
     * Greedy start; on more than {@link #SAMPLED_POINTS} points, the answer of the same model on a seeded
     * sample of them, searched with up to half of the time.
     */
    private int[] startingSites(int[] openable, boolean[] fixedLocal, CostMatrix costs, SolveControl control,
            SolveClock clock) {
        if (data.weights().length <= SAMPLED_POINTS) {
            control.progress().progress(0, "greedy start");
            return GreedyMedian.open(costs, data.weights(), openable, fixedLocal, p, control.seed());
        }
        control.progress().progress(0, "search on a sample of " + SAMPLED_POINTS + " points");
        LocationData sample = DemandSample.of(data, SAMPLED_POINTS, control.seed());
        long half = Math.max(1, (clock.deadlineAfterShare(0.5) - System.nanoTime()) / 1_000_000L);
        LocationSolution onSample = new PMedian(sample, p).solve(control.withTimeLimit(half)
                .withProgress(ProgressListener.NONE));
        int[] local = new int[p];
        for (int k = 0; k < p; k++) {
            local[k] = Arrays.binarySearch(openable, onSample.openSites()[k]);
        }
        return local;
    }

    /**
     * Runs the searches round by round together, so that which search finds what, and in which round, does
     * not depend on thread timing. Between rounds it stops them all once the bound proves the target gap,
     * at the deadline or on cancellation.
     */
    private static Phaser lockstep(int searches, Shared shared, SolveClock clock) {
        return new Phaser(searches) {
            @Override
            protected boolean onAdvance(int phase, int registered) {
                return registered == 0 || shared.upper <= shared.stopAt || clock.mustStop();
            }
        };
    }

    /** The weighted cost of serving every point from its nearest openable site, whatever p. */
    private double nearestSiteBound(int[] openable) {
        double bound = 0;
        for (int i = 0; i < data.weights().length; i++) {
            if (data.weights()[i] == 0) {
                continue;
            }
            double nearest = Double.POSITIVE_INFINITY;
            for (int site : openable) {
                nearest = Math.min(nearest, data.costs().cost(i, site));
            }
            bound += data.weights()[i] * nearest;
        }
        return bound;
    }

    /** Whole-number data has whole-number objectives: a bound can be rounded up. */
    private double roundedBound(double bound) {
        if (!(bound > Double.NEGATIVE_INFINITY)) {
            return Double.NaN;
        }
        return wholeNumbers() ? Math.ceil(bound - 1e-6) : bound;
    }

    private boolean wholeNumbers() {
        for (double w : data.weights()) {
            if (w != Math.rint(w)) {
                return false;
            }
        }
        return data.costs() instanceof DenseCostMatrix dense && dense.wholeNumbers();
    }

    /** Assigns every point to its nearest open site and fills in objective, bound, gap and contributions. */
    private LocationSolution evaluate(int[] openSites, double lowerBound, SolveClock clock, StopReason known,
            int iterations, boolean exact) {
        int[] sorted = openSites.clone();
        Arrays.sort(sorted);
        CostMatrix costs = data.costs();
        double[] weight = data.weights();
        int[] assignment = new int[weight.length];
        double[] contribution = new double[sorted.length];
        double objective = 0;
        for (int i = 0; i < weight.length; i++) {
            int first = -1;
            double c1 = Double.POSITIVE_INFINITY;
            double c2 = Double.POSITIVE_INFINITY;
            for (int k = 0; k < sorted.length; k++) {
                double c = costs.cost(i, sorted[k]);
                if (c < c1) {
                    c2 = c1;
                    c1 = c;
                    first = k;
                } else if (c < c2) {
                    c2 = c;
                }
            }
            assignment[i] = sorted[first];
            objective += weight[i] * c1;
            if (weight[i] > 0) {
                contribution[first] += weight[i] * (c2 - c1);
            }
        }
        double lower = exact ? objective : lowerBound;
        double gap = LocationSolution.gap(lower, objective, objective);
        StopReason stop = known != null ? known : clock.stopReason(gap);
        return new LocationSolution(sorted, assignment, objective, lower, objective, gap, clock.millis(), stop,
                contribution, iterations);
    }

    private int bestSingleSite(int[] openable) {
        int best = openable[0];
        double bestCost = Double.POSITIVE_INFINITY;
        for (int site : openable) {
            double sum = 0;
            for (int i = 0; i < data.weights().length; i++) {
                sum += data.weights()[i] * data.costs().cost(i, site);
            }
            if (sum < bestCost) {
                bestCost = sum;
                best = site;
            }
        }
        return best;
    }

    private boolean[] fixedLocal(int[] openable) {
        boolean[] fixed = new boolean[openable.length];
        for (int site : data.fixed()) {
            fixed[Arrays.binarySearch(openable, site)] = true;
        }
        return fixed;
    }

    private static int[] fixedIndices(boolean[] fixedLocal) {
        int[] result = new int[0];
        for (int j = 0; j < fixedLocal.length; j++) {
            if (fixedLocal[j]) {
                result = Arrays.copyOf(result, result.length + 1);
                result[result.length - 1] = j;
            }
        }
        return result;
    }

    private static int[] allIndices(int count) {
        int[] all = new int[count];
        Arrays.setAll(all, j -> j);
        return all;
    }

    private static int[] sites(int[] openable, int[] local) {
        int[] result = new int[local.length];
        for (int k = 0; k < local.length; k++) {
            result[k] = openable[local[k]];
        }
        return result;
    }

    /** What the searches and the bound share: the best objective, and the objective at which to stop. */
    private static final class Shared {
        volatile double upper;
        volatile double stopAt = Double.NEGATIVE_INFINITY;

        Shared(double upper) {
            this.upper = upper;
        }

        synchronized void offer(double objective) {
            upper = Math.min(upper, objective);
        }
    }

    /**
     * One variable neighbourhood search from the common start, with its own seed: shake by k random
     * swaps, descend, keep if better (k back to 1) or return to the best (k grows). Rounds advance in
     * lockstep with the other searches. Stops after the iteration limit, after min(half of it, 20 × free
     * sites) rounds (at least 100) without improvement, or when the lockstep ends.
     */
    private static final class Vns implements Runnable {
        private final MedianSearch search;
        private final int[] start;
        private final long seed;
        private final SolveControl control;
        private final SolveClock clock;
        private final Phaser lockstep;
        private final Shared shared;
        private final boolean reports;
        int[] bestOpen;
        double bestObjective;
        /** The round in which the best was found: among equal objectives the earliest wins. */
        int bestRound;
        int rounds;

        Vns(MedianSearch search, int[] start, long seed, SolveControl control, SolveClock clock, Phaser lockstep,
                Shared shared, boolean reports) {
            this.search = search;
            this.start = start;
            this.seed = seed;
            this.control = control;
            this.clock = clock;
            this.lockstep = lockstep;
            this.shared = shared;
            this.reports = reports;
        }

        @Override
        public void run() {
            if (!Arrays.equals(search.open, start)) {
                search.reset(start);
            }
            bestOpen = start.clone();
            bestObjective = search.objective();
            int[] freePositions = freePositions(start);
            int closed = search.localCount() - start.length;
            int maxShake = Math.max(1, Math.min(MAX_SHAKE, Math.min(freePositions.length, closed)));
            SplittableRandom random = new SplittableRandom(seed);
            int shake = 1;
            // few free sites converge fast; many need long searches without improvement before giving up
            int stall = Math.max(100, Math.min(control.iterationLimit() / 2, 20 * freePositions.length));
            while (!lockstep.isTerminated()) {
                if (rounds >= control.iterationLimit() || rounds - bestRound >= stall) {
                    lockstep.arriveAndDeregister();
                    return;
                }
                rounds++;
                for (int s = 0; s < shake; s++) {
                    search.randomSwap(random, freePositions);
                }
                search.descend(clock);
                if (search.objective() < bestObjective - 1e-9 * Math.max(1, bestObjective)) {
                    bestObjective = search.objective();
                    bestOpen = search.open.clone();
                    bestRound = rounds;
                    shared.offer(bestObjective);
                    shake = 1;
                } else {
                    search.restore(bestOpen);
                    shake = shake % maxShake + 1;
                }
                if (reports && (rounds & 15) == 0) {
                    control.progress().progress(Math.max(clock.elapsedFraction(),
                            rounds / (double) control.iterationLimit()), "search round " + rounds
                            + ", best " + bestObjective);
                }
                lockstep.arriveAndAwaitAdvance();
            }
        }

        private int[] freePositions(int[] start) {
            return java.util.stream.IntStream.range(0, start.length)
                    .filter(q -> !search.isFixedLocal(start[q])).toArray();
        }
    }
}
