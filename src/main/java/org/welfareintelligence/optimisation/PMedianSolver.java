package org.welfareintelligence.optimisation;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Heuristic p-median solver: greedy construction, then Whitaker's fast vertex-substitution local
 * search, then a variable-neighbourhood shake (k random swaps followed by local search) that keeps
 * the best solution found.
 *
 * <p>The result depends only on the problem and the seed, unless the time limit cuts the shake
 * rounds short (then it also depends on the machine's speed).
 */
public final class PMedianSolver {

    /** Largest number of random swaps in one shake. */
    private static final int MAX_SHAKE_SIZE = 5;

    private final int maxRounds;
    private final long timeLimitMillis;

    /** 200 shake rounds, at most 10 seconds. */
    public PMedianSolver() {
        this(200, 10_000);
    }

    public PMedianSolver(int maxRounds, long timeLimitMillis) {
        if (maxRounds < 0) {
            throw new IllegalArgumentException("maxRounds must be non-negative, got " + maxRounds);
        }
        if (timeLimitMillis <= 0) {
            throw new IllegalArgumentException("timeLimitMillis must be positive, got " + timeLimitMillis);
        }
        this.maxRounds = maxRounds;
        this.timeLimitMillis = timeLimitMillis;
    }

    public PMedianSolution solve(PMedianProblem problem, long seed) {
        long start = System.nanoTime();
        long deadline = start + timeLimitMillis * 1_000_000L;
        Search search = new Search(problem);
        search.openGreedily();
        search.localSearch();

        int[] bestOpen = search.openSites.clone();
        double bestObjective = search.objective();
        String stoppingReason;
        int swappable = Math.min(problem.p() - problem.fixedOpen().length, problem.siteCount() - problem.p());
        if (swappable == 0) {
            stoppingReason = "no swap possible: every free facility is fixed or every site is open";
        } else {
            SplittableRandom random = new SplittableRandom(seed);
            int maxShake = Math.min(MAX_SHAKE_SIZE, swappable);
            int shakeSize = 1;
            int round = 0;
            while (round < maxRounds && System.nanoTime() < deadline) {
                round++;
                search.shake(shakeSize, random);
                search.localSearch();
                double objective = search.objective();
                if (objective < bestObjective - tolerance(bestObjective)) {
                    bestObjective = objective;
                    bestOpen = search.openSites.clone();
                    shakeSize = 1;
                } else {
                    search.reset(bestOpen);
                    // no luck near the best solution: look further away next time
                    shakeSize = shakeSize % maxShake + 1;
                }
            }
            stoppingReason = round >= maxRounds
                    ? "round limit reached (" + maxRounds + " shake rounds)"
                    : "time limit reached (" + timeLimitMillis + " ms, " + round + " shake rounds)";
        }
        search.reset(bestOpen);
        int[] openSites = bestOpen.clone();
        Arrays.sort(openSites);
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000L;
        return new PMedianSolution(openSites, search.nearest.clone(), search.objective(),
                search.improvingSwaps, stoppingReason, elapsedMillis);
    }

    /** Swaps must beat the current objective by more than rounding noise, or the search could cycle. */
    private static double tolerance(double objective) {
        return 1e-9 * Math.max(1.0, Math.abs(objective));
    }

    /** Mutable search state over one problem: the open set and each point's two nearest open sites. */
    private static final class Search {
        private final int n;
        private final int m;
        private final double[] cost;
        private final double[] weight;
        private final boolean[] fixed;

        private final int[] openSites;
        private final boolean[] isOpen;
        /** Position of each open site in {@link #openSites}. */
        private final int[] openPosition;
        private int openCount;

        private final int[] nearest;
        private final double[] nearestCost;
        private final double[] secondCost;
        /** Scratch: for each open site, the extra cost of closing it, for one candidate site to open. */
        private final double[] removalLoss;

        private long improvingSwaps;

        Search(PMedianProblem problem) {
            n = problem.demandCount();
            m = problem.siteCount();
            cost = problem.costMatrix();
            weight = problem.weightArray();
            fixed = new boolean[m];
            for (int site : problem.fixedOpen()) {
                fixed[site] = true;
            }
            openSites = new int[problem.p()];
            isOpen = new boolean[m];
            openPosition = new int[m];
            nearest = new int[n];
            nearestCost = new double[n];
            secondCost = new double[n];
            removalLoss = new double[m];
        }

        /** Opens the fixed sites, then repeatedly the site that lowers the objective most. */
        void openGreedily() {
            Arrays.fill(nearestCost, Double.POSITIVE_INFINITY);
            for (int site = 0; site < m; site++) {
                if (fixed[site]) {
                    open(site);
                    updateNearestCost(site);
                }
            }
            while (openCount < openSites.length) {
                int bestSite = -1;
                double bestObjective = Double.POSITIVE_INFINITY;
                for (int site = 0; site < m; site++) {
                    if (isOpen[site]) {
                        continue;
                    }
                    double objective = 0;
                    for (int i = 0; i < n; i++) {
                        objective += weight[i] * Math.min(nearestCost[i], cost[i * m + site]);
                    }
                    if (objective < bestObjective) {
                        bestObjective = objective;
                        bestSite = site;
                    }
                }
                open(bestSite);
                updateNearestCost(bestSite);
            }
            assignNearest();
        }

        private void open(int site) {
            isOpen[site] = true;
            openPosition[site] = openCount;
            openSites[openCount++] = site;
        }

        private void updateNearestCost(int site) {
            for (int i = 0; i < n; i++) {
                nearestCost[i] = Math.min(nearestCost[i], cost[i * m + site]);
            }
        }

        /**
         * Whitaker's fast interchange: scan candidate sites cyclically; for each closed one compute,
         * in O(n + p), the gain of opening it and the loss of closing each open site, and apply the
         * best such swap if it improves. Stops after a full cycle without improvement.
         */
        void localSearch() {
            int sinceLastImprovement = 0;
            int candidate = 0;
            while (sinceLastImprovement < m) {
                if (!isOpen[candidate] && tryImprovingSwap(candidate)) {
                    sinceLastImprovement = 0;
                } else {
                    sinceLastImprovement++;
                }
                candidate = (candidate + 1) % m;
            }
        }

        private boolean tryImprovingSwap(int incoming) {
            double gain = 0;
            for (int k = 0; k < openCount; k++) {
                removalLoss[openSites[k]] = 0;
            }
            for (int i = 0; i < n; i++) {
                double newCost = cost[i * m + incoming];
                if (newCost < nearestCost[i]) {
                    // the point moves to the incoming site whichever site closes
                    gain += weight[i] * (nearestCost[i] - newCost);
                } else {
                    // if its nearest site closes, it falls back to the better of incoming and second nearest
                    removalLoss[nearest[i]] += weight[i] * (Math.min(newCost, secondCost[i]) - nearestCost[i]);
                }
            }
            int outgoing = -1;
            double bestLoss = Double.POSITIVE_INFINITY;
            for (int k = 0; k < openCount; k++) {
                int site = openSites[k];
                if (!fixed[site] && removalLoss[site] < bestLoss) {
                    bestLoss = removalLoss[site];
                    outgoing = site;
                }
            }
            if (outgoing < 0 || bestLoss - gain >= -tolerance(objective())) {
                return false;
            }
            replace(outgoing, incoming);
            assignNearest();
            improvingSwaps++;
            return true;
        }

        /** Closes {@code outgoing} and opens {@code incoming} in its slot; nearest sites are left stale. */
        private void replace(int outgoing, int incoming) {
            int position = openPosition[outgoing];
            isOpen[outgoing] = false;
            isOpen[incoming] = true;
            openSites[position] = incoming;
            openPosition[incoming] = position;
        }

        /** Closes {@code size} random free open sites and opens as many random closed ones. */
        void shake(int size, SplittableRandom random) {
            for (int s = 0; s < size; s++) {
                int outgoing;
                do {
                    outgoing = openSites[random.nextInt(openCount)];
                } while (fixed[outgoing]);
                int incoming;
                do {
                    incoming = random.nextInt(m);
                } while (isOpen[incoming]);
                replace(outgoing, incoming);
            }
            assignNearest();
        }

        /** Replaces the open set by {@code sites} (same size). */
        void reset(int[] sites) {
            for (int k = 0; k < openCount; k++) {
                isOpen[openSites[k]] = false;
            }
            openCount = 0;
            for (int site : sites) {
                open(site);
            }
            assignNearest();
        }

        /** Recomputes each point's nearest open site and the costs to its nearest and second nearest, O(n p). */
        private void assignNearest() {
            for (int i = 0; i < n; i++) {
                int row = i * m;
                int first = -1;
                double firstCost = Double.POSITIVE_INFINITY;
                double secondBest = Double.POSITIVE_INFINITY;
                for (int k = 0; k < openCount; k++) {
                    int site = openSites[k];
                    double c = cost[row + site];
                    if (c < firstCost) {
                        secondBest = firstCost;
                        first = site;
                        firstCost = c;
                    } else if (c < secondBest) {
                        secondBest = c;
                    }
                }
                nearest[i] = first;
                nearestCost[i] = firstCost;
                secondCost[i] = secondBest;
            }
        }

        double objective() {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += weight[i] * nearestCost[i];
            }
            return sum;
        }
    }
}
