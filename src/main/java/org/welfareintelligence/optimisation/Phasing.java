package org.welfareintelligence.optimisation;

import java.util.Arrays;

/**
 * Opening order of planned sites over a horizon of years: each year's opening costs stay within that
 * year's budget (unused budget is not carried over) and the sum over the years of the demand weight
 * covered within {@code radius} (by fixed and already opened sites, at the end of each year) is as
 * large as possible. {@code openingCost} has one entry per planned site; pass 1s and budgets of k to
 * open k sites a year.
 *
 * <p>{@link #solve}: year by year, the cost-effectiveness greedy fills the budget; then pairwise
 * exchanges of opening years (including with sites not yet scheduled) are applied while they raise the
 * objective and fit the budgets. No optimality is claimed: the answer carries an upper bound, the sum
 * over years of the budget-covering Lagrangean bound with the budgets up to that year pooled.
 */
public final class Phasing {

    private static final int BOUND_STEPS = 200;

    private final LocationData data;
    private final double radius;
    private final int[] sitesToOpen;
    private final double[] openingCost;
    private final double[] budgetPerYear;
    /** Capacity by site of the cost matrix, or null: the weight counted is then all the weight within reach. */
    private final double[] capacity;

    public Phasing(LocationData data, double radius, int[] sitesToOpen, double[] openingCost, double[] budgetPerYear) {
        this(data, radius, sitesToOpen, openingCost, budgetPerYear, null);
    }

    /**
     * The same schedule for a capacitated plan: each year counts the weight the open sites serve within their
     * capacities ({@link CapacitatedCoverage}), the objective of {@link MaximalCapacitatedCovering}, so a site
     * whose people are also within reach of another still counts for the places it adds.
     */
    public static Phasing capacitated(LocationData data, double radius, int[] sitesToOpen, double[] openingCost,
                                      double[] budgetPerYear, double[] capacity) {
        data.requirePerSite("capacities", "capacity", capacity);
        return new Phasing(data, radius, sitesToOpen, openingCost, budgetPerYear, capacity.clone());
    }

    private Phasing(LocationData data, double radius, int[] sitesToOpen, double[] openingCost, double[] budgetPerYear,
                    double[] capacity) {
        if (data == null) {
            throw new IllegalArgumentException("location data is missing");
        }
        Coverage.requireRadius(radius);
        if (sitesToOpen == null || openingCost == null || sitesToOpen.length != openingCost.length) {
            throw new IllegalArgumentException("one opening cost per planned site is needed");
        }
        for (int k = 0; k < sitesToOpen.length; k++) {
            if (sitesToOpen[k] < 0 || sitesToOpen[k] >= data.costs().sites()) {
                throw new IllegalArgumentException("planned site " + sitesToOpen[k] + " is not a site of the cost matrix");
            }
            if (!(openingCost[k] >= 0) || Double.isInfinite(openingCost[k])) {
                throw new IllegalArgumentException("opening cost of planned site " + sitesToOpen[k]
                        + " must be finite and non-negative, got " + openingCost[k]);
            }
        }
        if (budgetPerYear == null || budgetPerYear.length == 0) {
            throw new IllegalArgumentException("at least one year of budget is needed");
        }
        for (int y = 0; y < budgetPerYear.length; y++) {
            if (!(budgetPerYear[y] >= 0) || Double.isInfinite(budgetPerYear[y])) {
                throw new IllegalArgumentException("budget of year " + y + " must be finite and non-negative, got "
                        + budgetPerYear[y]);
            }
        }
        this.data = new LocationData(data.costs(), data.weights(), sitesToOpen, data.fixed());
        this.radius = radius;
        this.sitesToOpen = sitesToOpen.clone();
        this.openingCost = openingCost.clone();
        this.budgetPerYear = budgetPerYear.clone();
        this.capacity = capacity;
    }

    public PhasingPlan solve(SolveControl control) {
        SolveClock clock = new SolveClock(control);
        Coverage coverage = new Coverage(data, radius);
        int years = budgetPerYear.length;
        int planned = sitesToOpen.length;
        // local index of each planned site in the coverage (fixed sites are covered from year 0)
        int[] local = new int[planned];
        for (int k = 0; k < planned; k++) {
            local[k] = Arrays.binarySearch(coverage.openable, sitesToOpen[k]);
        }
        Schedule schedule = capacity == null ? new CoveredSchedule(coverage, local, years)
                : new ServedSchedule(new CapacitatedCoverage(coverage, capacity), local, years);
        int[] year = new int[planned];
        Arrays.fill(year, -1);
        double[] left = budgetPerYear.clone();
        for (int y = 0; y < years; y++) {
            while (true) {
                int best = -1;
                double bestRatio = 0;
                double[] gain = schedule.gainsAt(year, y);
                for (int k = 0; k < planned; k++) {
                    if (year[k] < 0 && openingCost[k] <= left[y] + 1e-9 && gain[k] >= 0) {
                        double ratio = openingCost[k] <= 0 ? Double.POSITIVE_INFINITY : gain[k] / openingCost[k];
                        if (best < 0 || ratio > bestRatio) {
                            best = k;
                            bestRatio = ratio;
                        }
                    }
                }
                if (best < 0) {
                    break;
                }
                year[best] = y;
                left[y] -= openingCost[best];
            }
        }
        double value = schedule.value(year);
        int exchanges = 0;
        boolean improved = true;
        while (improved && !clock.mustStop()) {
            improved = false;
            for (int a = 0; a < planned && !improved; a++) {
                for (int b = a + 1; b < planned && !improved; b++) {
                    if (year[a] == year[b] || !fitsAfterExchange(year, left, a, b)) {
                        continue;
                    }
                    exchange(year, left, a, b);
                    double candidate = schedule.value(year);
                    if (candidate > value + 1e-9 * Math.max(1, value)) {
                        value = candidate;
                        exchanges++;
                        improved = true;
                    } else {
                        exchange(year, left, a, b);
                    }
                }
            }
        }
        control.progress().progress(clock.elapsedFraction(), "upper bound");
        double[] coveredByYear = schedule.coveredByYear(year);
        double upper = upperBound(coverage, local, coveredByYear, schedule.allOpen(), clock);
        StopReason stop = upper <= value + 1e-9 * Math.max(1, value) ? StopReason.OPTIMAL
                : control.isCancelled() ? StopReason.CANCELLED
                : clock.mustStop() ? StopReason.TIME_LIMIT : StopReason.ITERATIONS;
        control.progress().progress(1, "done after " + exchanges + " exchanges");
        return new PhasingPlan(year, coveredByYear, value, upper, clock.millis(), stop);
    }

    private boolean fitsAfterExchange(int[] year, double[] left, int a, int b) {
        double tolerance = 1e-9;
        if (year[a] >= 0 && left[year[a]] + openingCost[a] - openingCost[b] < -tolerance) {
            return false;
        }
        return year[b] < 0 || left[year[b]] + openingCost[b] - openingCost[a] >= -tolerance;
    }

    private void exchange(int[] year, double[] left, int a, int b) {
        if (year[a] >= 0) {
            left[year[a]] += openingCost[a] - openingCost[b];
        }
        if (year[b] >= 0) {
            left[year[b]] += openingCost[b] - openingCost[a];
        }
        int tmp = year[a];
        year[a] = year[b];
        year[b] = tmp;
    }

    /**
     * Σ_y of the smaller of the budget-covering bound with the budgets of years 0..y pooled (a relaxation of
     * each year; served weight never exceeds covered weight) and the weight with every planned site open.
     */
    private double upperBound(Coverage coverage, int[] local, double[] achieved, double allOpen, SolveClock clock) {
        double[] localCost = new double[coverage.siteCount()];
        for (int k = 0; k < local.length; k++) {
            localCost[local[k]] = openingCost[k];
        }
        double pooled = 0;
        double total = 0;
        for (int y = 0; y < budgetPerYear.length; y++) {
            pooled += budgetPerYear[y];
            CoverageBound bound = new CoverageBound(coverage, 0, localCost, pooled);
            double yearBound = Math.min(coverage.coverableWeight,
                    bound.run(BOUND_STEPS, achieved[y], Double.NEGATIVE_INFINITY, clock));
            total += CoveringAnswer.roundedUpper(data, Math.max(Math.min(yearBound, allOpen), achieved[y]));
        }
        return total;
    }

    /** The weight counted in each year for an opening-year vector (-1: never opened). */
    private interface Schedule {

        double[] coveredByYear(int[] year);

        /** Σ over the years of the weight counted. */
        default double value(int[] year) {
            return Arrays.stream(coveredByYear(year)).sum();
        }

        /** What each unscheduled planned site would add if opened in year y, counted over the rest of the horizon. */
        double[] gainsAt(int[] year, int y);

        /** The weight counted with every planned site open. */
        double allOpen();
    }

    /** Each point counts in full from the first year a site covers it. */
    private static final class CoveredSchedule implements Schedule {
        private final Coverage coverage;
        private final int[] local;
        private final int years;
        private final int[] plannedOfLocal;

        CoveredSchedule(Coverage coverage, int[] local, int years) {
            this.coverage = coverage;
            this.local = local;
            this.years = years;
            this.plannedOfLocal = new int[coverage.siteCount()];
            Arrays.fill(plannedOfLocal, -1);
            for (int k = 0; k < local.length; k++) {
                plannedOfLocal[local[k]] = k;
            }
        }

        /** First year each point is covered (0 for fixed sites), or {@code years} when never. */
        int[] firstYear(int[] year) {
            int[] first = new int[coverage.weight.length];
            Arrays.fill(first, years);
            for (int j = 0; j < coverage.siteCount(); j++) {
                int k = plannedOfLocal[j];
                int opens = coverage.fixed[j] ? 0 : k >= 0 && year[k] >= 0 ? year[k] : years;
                for (int i : coverage.covers[j]) {
                    first[i] = Math.min(first[i], opens);
                }
            }
            return first;
        }

        @Override
        public double[] coveredByYear(int[] year) {
            int[] first = firstYear(year);
            double[] covered = new double[years];
            for (int i = 0; i < first.length; i++) {
                for (int y = first[i]; y < years; y++) {
                    covered[y] += coverage.weight[i];
                }
            }
            return covered;
        }

        @Override
        public double[] gainsAt(int[] year, int y) {
            int[] first = firstYear(year);
            double[] gain = new double[local.length];
            for (int k = 0; k < local.length; k++) {
                if (year[k] >= 0) {
                    continue;
                }
                for (int i : coverage.covers[local[k]]) {
                    if (first[i] > y) {
                        gain[k] += coverage.weight[i] * (first[i] - y);
                    }
                }
            }
            return gain;
        }

        @Override
        public double allOpen() {
            int[] all = new int[local.length];
            return Arrays.stream(coveredByYear(all)).sum() / years;
        }
    }

    /** Each year counts the weight its open sites serve within their capacities (maximum flow). */
    private static final class ServedSchedule implements Schedule {
        private final CapacitatedCoverage network;
        private final int[] local;
        private final int years;
        private final int[] open;

        ServedSchedule(CapacitatedCoverage network, int[] local, int years) {
            this.network = network;
            this.local = local;
            this.years = years;
            this.open = new int[network.coverage.siteCount()];
        }

        /** Serves the fixed sites and the planned ones opened by the end of year y (all when y is years). */
        private double servedAt(int[] year, int y, int extra) {
            int count = 0;
            for (int j = 0; j < network.coverage.siteCount(); j++) {
                if (network.coverage.fixed[j]) {
                    open[count++] = j;
                }
            }
            for (int k = 0; k < local.length; k++) {
                if (k == extra || year[k] >= 0 && year[k] <= y) {
                    open[count++] = local[k];
                }
            }
            return network.serve(open, count);
        }

        @Override
        public double[] coveredByYear(int[] year) {
            double[] served = new double[years];
            for (int y = 0; y < years; y++) {
                served[y] = servedAt(year, y, -1);
            }
            return served;
        }

        /** Sites scheduled so far open no later than y, so a site opened in y adds the same in every later year. */
        @Override
        public double[] gainsAt(int[] year, int y) {
            double base = servedAt(year, y, -1);
            double[] gain = new double[local.length];
            for (int k = 0; k < local.length; k++) {
                if (year[k] < 0) {
                    gain[k] = Math.max(0, servedAt(year, y, k) - base) * (years - y);
                }
            }
            return gain;
        }

        @Override
        public double allOpen() {
            return servedAt(new int[local.length], years, -1);
        }
    }
}
