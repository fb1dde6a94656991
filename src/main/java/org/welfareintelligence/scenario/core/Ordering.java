package org.welfareintelligence.scenario.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses the year of each centre change (or none) so that the objective summed over the horizon is as high as
 * it can be found while no year spends more than its budget. A change costs once, in its year; a budget left
 * unspent carries over to the next years, and a saving (a cost below 0) adds to what that year and the next may
 * spend: a plan fits when, for every year, the costs of its changes up to that year do not exceed the budgets up
 * to that year.
 *
 * <p>The objective of a plan is simulated by the rules of {@link Simulation} on the same demand path: people
 * served ({@link Assignment}) or people with a centre in force within the cutoff, per year. The search is a greedy
 * by benefit per unit of cost (each change's benefit measured by simulating it at the earliest year the budget
 * allows, a change that costs nothing first) followed by a local improvement: moving one change to another year
 * or out of the plan, swapping the years of two changes, and adding a saving together with a change it pays
 * for. When there are few enough plans, every one is tried instead and the best is proven. The upper bound
 * of a heuristic plan is every change that adds places at once in the first year, budget ignored: neither
 * objective falls when places are added (an added place only takes people who would otherwise wait or free a
 * farther place) nor when a centre opens earlier.
 */
public final class Ordering {

    public enum Objective { SERVED, WITHIN_REACH }

    /** Why a change is left out of the plan. */
    public enum Reason {
        /** No year it fits into raises the objective. */
        NO_BENEFIT,
        /** It would raise the objective, but no year leaves room for its cost. */
        OVER_BUDGET,
        /** The search reached its limit of simulations before it could be placed. */
        SEARCH_LIMIT
    }

    /** A change the plan may schedule (its year as written is not binding) and its one-off cost. */
    public record Candidate(CentreChange change, double cost) {
    }

    /**
     * @param withoutChanges the demand path and the places in force without any of the candidates
     * @param budget         per year of the horizon, not below 0
     * @param maxSimulations limit on the plans simulated (each a year at a time, cached)
     * @param exactUpTo      every plan is tried, and the best is proven, when there are at most this many
     *                       ({@code (years + 1)^changes}); 0 for the heuristic alone
     */
    public record Problem(Simulation.Input withoutChanges, Assignment assignment, List<Candidate> candidates,
                          double[] budget, Objective objective, int maxSimulations, int exactUpTo) {

        public Problem {
            if (budget.length != withoutChanges.years().length) {
                throw new IllegalArgumentException("the budget needs one amount per year of the horizon ("
                        + withoutChanges.years().length + ")");
            }
            for (double amount : budget) {
                if (!(amount >= 0) || Double.isInfinite(amount)) {
                    throw new IllegalArgumentException("a year's budget must be a number not below 0, got " + amount);
                }
            }
            candidates = List.copyOf(candidates);
        }
    }

    /**
     * The plan: per candidate its year index ({@code -1} when left out), the objective per year of the plan, of
     * the candidates at their written years and of no change, each scheduled change's benefit (the plan's
     * objective minus the plan's without it, summed over the horizon; NaN when left out), each left-out change's
     * reason (null when scheduled), what each year spends, and the upper bound.
     */
    public record Plan(int[] yearIndex, double[] objective, double[] written, double[] none, double[] benefit,
                       Reason[] reason, double[] spent, boolean writtenFitsBudget, double upperBound,
                       boolean exact, int simulations, boolean searchStopped) {

        public double total() {
            return Simulation.sum(objective);
        }

        public double writtenTotal() {
            return Simulation.sum(written);
        }

        /** Share of the bound's benefit over no change that the plan falls short of (0 when it reaches it). */
        public double gap() {
            double attainable = upperBound - Simulation.sum(none);
            return attainable > 0 ? Math.max(0, (upperBound - total()) / attainable) : 0;
        }
    }

    private final Problem problem;
    private final int years;
    private final double[] seekers;
    private final Map<YearPlaces, Double> yearCache = new HashMap<>();
    private final double[] served;
    private final double[] load;
    private int simulations;

    private Ordering(Problem problem) {
        this.problem = problem;
        this.years = problem.withoutChanges().years().length;
        this.seekers = new double[problem.withoutChanges().costs().origins()];
        this.served = new double[seekers.length];
        this.load = new double[problem.withoutChanges().costs().destinations()];
    }

    public static Plan plan(Problem problem) {
        return new Ordering(problem).search();
    }

    private Plan search() {
        int n = problem.candidates().size();
        int[] none = new int[n];
        Arrays.fill(none, -1);
        double[] noneByYear = objective(none);
        int[] written = new int[n];
        int firstYear = problem.withoutChanges().years()[0];
        for (int c = 0; c < n; c++) {
            written[c] = problem.candidates().get(c).change().year() - firstYear;
        }
        double[] writtenByYear = objective(written);

        boolean exact = Math.pow(years + 1, n) <= problem.exactUpTo();
        int[] plan = exact ? everyPlan(n) : greedy(none.clone());
        double best = Simulation.sum(objective(plan));
        boolean improved = !exact;
        while (improved && !stopped()) {
            improved = false;
            for (int[] move : moves(plan)) {
                if (stopped()) {
                    break;
                }
                double value = Simulation.sum(objective(move));
                if (value > best + tolerance(best)) {
                    plan = move;
                    best = value;
                    improved = true;
                    break;
                }
            }
        }
        boolean searchStopped = !exact && stopped();

        double[] planByYear = objective(plan);
        double[] benefit = new double[n];
        Reason[] reason = new Reason[n];
        for (int c = 0; c < n; c++) {
            if (plan[c] >= 0) {
                int[] without = plan.clone();
                without[c] = -1;
                benefit[c] = best - Simulation.sum(objective(without));
            } else {
                benefit[c] = Double.NaN;
                reason[c] = leftOut(plan, c, best, searchStopped);
            }
        }
        int[] allAtOnce = new int[n];
        for (int c = 0; c < n; c++) {
            allAtOnce[c] = addsPlaces(problem.candidates().get(c).change()) ? 0 : -1;
        }
        // the bound never lies below a plan found (guards the argument in the class comment against rounding)
        double bound = exact ? best : Math.max(Simulation.sum(objective(allAtOnce)), best);
        return new Plan(plan, planByYear, writtenByYear, noneByYear, benefit, reason, spent(plan), fits(written),
                bound, exact, simulations, searchStopped);
    }

    /** The best of every plan that fits (each change in one of the years or out), the first found on a tie. */
    private int[] everyPlan(int n) {
        int[] plan = new int[n];
        Arrays.fill(plan, -1);
        int[] best = plan.clone();
        double bestValue = Simulation.sum(objective(plan));
        while (true) {
            int c = 0;
            while (c < n && plan[c] == years - 1) {
                plan[c++] = -1;
            }
            if (c == n) {
                return best;
            }
            plan[c]++;
            if (fits(plan)) {
                double value = Simulation.sum(objective(plan));
                if (value > bestValue + tolerance(bestValue)) {
                    best = plan.clone();
                    bestValue = value;
                }
            }
        }
    }

    /** Takes, round after round, the change of the highest benefit per cost at its earliest affordable year. */
    private int[] greedy(int[] plan) {
        double current = Simulation.sum(objective(plan));
        while (!stopped()) {
            int chosen = -1;
            int chosenYear = -1;
            double chosenScore = 0;
            double chosenGain = 0;
            for (int c = 0; c < plan.length && !stopped(); c++) {
                if (plan[c] >= 0) {
                    continue;
                }
                int year = earliestFitting(plan, c, 0);
                if (year < 0) {
                    continue;
                }
                plan[c] = year;
                double gain = Simulation.sum(objective(plan)) - current;
                plan[c] = -1;
                if (gain <= tolerance(current)) {
                    continue;
                }
                double cost = problem.candidates().get(c).cost();
                double score = cost <= 0 ? Double.POSITIVE_INFINITY : gain / cost;
                if (chosen < 0 || score > chosenScore || score == chosenScore && gain > chosenGain) {
                    chosen = c;
                    chosenYear = year;
                    chosenScore = score;
                    chosenGain = gain;
                }
            }
            if (chosen < 0) {
                break;
            }
            plan[chosen] = chosenYear;
            current += chosenGain;
        }
        return plan;
    }

    /**
     * The neighbours of a plan that fit the budget, in a fixed order: one change to another year or out, two
     * changes' years swapped, a change replaced by a left-out one at its earliest affordable year, a saving added
     * with a left-out change it pays for.
     */
    private List<int[]> moves(int[] plan) {
        List<int[]> moves = new ArrayList<>();
        int n = plan.length;
        for (int c = 0; c < n; c++) {
            for (int year = -1; year < years; year++) {
                if (year != plan[c]) {
                    addIfFits(moves, with(plan, c, year));
                }
            }
        }
        for (int c = 0; c < n; c++) {
            for (int d = c + 1; d < n; d++) {
                if (plan[c] != plan[d]) {
                    int[] swapped = with(plan, c, plan[d]);
                    swapped[d] = plan[c];
                    addIfFits(moves, swapped);
                }
            }
        }
        for (int c = 0; c < n; c++) {
            for (int d = 0; d < n; d++) {
                if (plan[c] >= 0 && plan[d] < 0) {
                    int[] without = with(plan, c, -1);
                    int year = earliestFitting(without, d, 0);
                    if (year >= 0) {
                        moves.add(with(without, d, year));
                    }
                }
            }
        }
        for (int s = 0; s < n; s++) {
            if (plan[s] >= 0 || problem.candidates().get(s).cost() >= 0) {
                continue;
            }
            for (int year = 0; year < years; year++) {
                int[] saving = with(plan, s, year);
                for (int d = 0; d < n; d++) {
                    if (plan[d] < 0 && d != s) {
                        int paid = earliestFitting(saving, d, year);
                        if (paid >= 0) {
                            moves.add(with(saving, d, paid));
                        }
                    }
                }
            }
        }
        return moves;
    }

    private void addIfFits(List<int[]> moves, int[] plan) {
        if (fits(plan)) {
            moves.add(plan);
        }
    }

    private Reason leftOut(int[] plan, int c, double best, boolean searchStopped) {
        boolean anyFits = false;
        for (int year = 0; year < years; year++) {
            int[] with = with(plan, c, year);
            if (fits(with)) {
                anyFits = true;
                if (Simulation.sum(objective(with)) > best + tolerance(best)) {
                    return searchStopped ? Reason.SEARCH_LIMIT : Reason.NO_BENEFIT;
                }
            }
        }
        if (anyFits) {
            return Reason.NO_BENEFIT;
        }
        // does it help at all, budget aside? Placed at the first year, where it weighs most
        return Simulation.sum(objective(with(plan, c, 0))) > best + tolerance(best) ? Reason.OVER_BUDGET
                : Reason.NO_BENEFIT;
    }

    private int earliestFitting(int[] plan, int c, int from) {
        int[] trial = plan.clone();
        for (int year = from; year < years; year++) {
            trial[c] = year;
            if (fits(trial)) {
                return year;
            }
        }
        return -1;
    }

    /** Whether, every year, the costs up to it are within the budgets up to it. */
    private boolean fits(int[] plan) {
        double[] spent = spent(plan);
        double spentSoFar = 0;
        double budgetSoFar = 0;
        for (int t = 0; t < years; t++) {
            spentSoFar += spent[t];
            budgetSoFar += problem.budget()[t];
            if (spentSoFar > budgetSoFar + tolerance(budgetSoFar)) {
                return false;
            }
        }
        return true;
    }

    private double[] spent(int[] plan) {
        double[] spent = new double[years];
        for (int c = 0; c < plan.length; c++) {
            if (plan[c] >= 0) {
                spent[plan[c]] += problem.candidates().get(c).cost();
            }
        }
        return spent;
    }

    /** The objective per year of a plan; a year whose places were simulated before is not simulated again. */
    private double[] objective(int[] plan) {
        Simulation.Input input = problem.withoutChanges();
        List<CentreChange> changes = new ArrayList<>();
        for (int c = 0; c < plan.length; c++) {
            if (plan[c] >= 0) {
                CentreChange change = problem.candidates().get(c).change();
                changes.add(new CentreChange(change.kind(), change.centre(), input.years()[plan[c]], change.places(),
                        change.rampUpMonths()));
            }
        }
        double[][] places = SupplyPlan.places(input.years(), input.places(), changes);
        boolean counted = false;
        double[] byYear = new double[years];
        for (int t = 0; t < years; t++) {
            YearPlaces key = new YearPlaces(t, places[t]);
            Double known = yearCache.get(key);
            if (known == null) {
                known = yearObjective(t, places[t]);
                yearCache.put(key, known);
                if (!counted) {
                    simulations++;
                    counted = true;
                }
            }
            byYear[t] = known;
        }
        return byYear;
    }

    /** People served or people within reach in one year, by the rules of {@link Simulation}. */
    private double yearObjective(int t, double[] places) {
        Simulation.Input input = problem.withoutChanges();
        double[] demand = input.demand()[t];
        if (problem.objective() == Objective.WITHIN_REACH) {
            boolean[] reached = Simulation.reached(input.costs(), places);
            double within = 0;
            for (int i = 0; i < demand.length; i++) {
                within += reached[i] ? demand[i] : 0;
            }
            return within;
        }
        for (int i = 0; i < demand.length; i++) {
            seekers[i] = demand[i] * input.takeUp();
        }
        problem.assignment().assign(seekers, places, served, load);
        return Simulation.sum(served);
    }

    private boolean stopped() {
        return simulations >= problem.maxSimulations();
    }

    private static boolean addsPlaces(CentreChange change) {
        return change.kind() == CentreChange.Kind.OPEN || change.kind() == CentreChange.Kind.RESIZE && change.places() > 0;
    }

    private static int[] with(int[] plan, int c, int year) {
        int[] copy = plan.clone();
        copy[c] = year;
        return copy;
    }

    private static double tolerance(double scale) {
        return 1e-9 * Math.max(1, Math.abs(scale));
    }

    /** A year's places as a cache key (compared by value). */
    private record YearPlaces(int year, double[] places) {

        @Override
        public boolean equals(Object other) {
            return other instanceof YearPlaces that && year == that.year && Arrays.equals(places, that.places);
        }

        @Override
        public int hashCode() {
            return 31 * year + Arrays.hashCode(places);
        }
    }
}
