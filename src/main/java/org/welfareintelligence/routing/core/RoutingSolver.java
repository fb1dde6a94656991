package org.welfareintelligence.routing.core;

import com.google.ortools.Loader;
import com.google.ortools.constraintsolver.Assignment;
import com.google.ortools.constraintsolver.FirstSolutionStrategy;
import com.google.ortools.constraintsolver.IntervalVar;
import com.google.ortools.constraintsolver.LocalSearchMetaheuristic;
import com.google.ortools.constraintsolver.RoutingDimension;
import com.google.ortools.constraintsolver.RoutingIndexManager;
import com.google.ortools.constraintsolver.RoutingModel;
import com.google.ortools.constraintsolver.RoutingSearchParameters;
import com.google.ortools.constraintsolver.main;
import com.google.protobuf.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.welfareintelligence.routing.core.RoutingPlan.Reason;
import org.welfareintelligence.routing.core.RoutingPlan.Route;
import org.welfareintelligence.routing.core.RoutingPlan.Unplanned;

/**
 * Solves a {@link RoutingProblem}. A day without breaks goes to {@link StringRemovalSearch} (plain Java, within
 * a fraction of a percent of LKH-3 on Solomon's instances, see docs/benchmarks.md). A day with breaks goes to
 * OR-Tools routing: a time dimension (travel + service, waiting as
 * slack) bounded by windows and shifts, breaks as intervals, skills as allowed operators, capacity as a
 * second dimension, every visit optional at a penalty far above any travel saving. Total distance is
 * minimised, then a span cost spreads the workload. Visits that no operator can make are listed with the
 * reason before the search; the search drops the rest only when they do not fit together. Two searches run side
 * by side from different first solutions (two threads) and the better plan is kept.
 */
public final class RoutingSolver {

    /**
     * @param timeLimitMillis    time for the whole solve: building the models and searching them
     * @param vehicleFixedCost   cost of using an operator at all (the benchmark sets it high: fewest vehicles first)
     * @param balanceCoefficient weight of the longest minus the shortest route duration (0 = do not balance)
     */
    public record Options(long timeLimitMillis, long vehicleFixedCost, long balanceCoefficient) {

        public static Options defaults() {
            return new Options(5_000, 0, 1);
        }
    }

    private static final String TIME = "time";
    /** Routes grown arc by arc, and visits inserted where they cost least across all routes at once. */
    private static final List<FirstSolutionStrategy.Value> FIRST_SOLUTIONS = List.of(
            FirstSolutionStrategy.Value.PATH_CHEAPEST_ARC, FirstSolutionStrategy.Value.PARALLEL_CHEAPEST_INSERTION);
    /** The machine's two cores: one search each. */
    private static final int SEARCH_THREADS = 2;
    private static boolean loaded;

    private RoutingSolver() {
    }

    private static synchronized void loadNatives() {
        if (!loaded) {
            Loader.loadNativeLibraries();
            loaded = true;
        }
    }

    public static RoutingPlan solve(RoutingProblem problem, Options options) {
        RoutingProblem.Visits visits = problem.visits();
        List<Unplanned> unplanned = new ArrayList<>();
        List<Integer> candidates = new ArrayList<>();
        List<long[]> disallowed = new ArrayList<>();
        for (int v = 0; v < visits.count(); v++) {
            Feasibility feasibility = Feasibility.of(problem, v);
            if (feasibility.reason() != null) {
                unplanned.add(new Unplanned(v, feasibility.reason()));
            } else {
                candidates.add(v);
                disallowed.add(feasibility.disallowedOperators());
            }
        }
        if (candidates.isEmpty()) {
            return new RoutingPlan(emptyRoutes(problem), unplanned, 0, true);
        }
        // the time limit holds for the whole call: each search gets what is left once its model is built
        long deadline = System.nanoTime() + options.timeLimitMillis() * 1_000_000;
        if (!anyBreak(problem.operators())) {
            return byStringRemoval(problem, candidates, options, deadline, unplanned);
        }
        loadNatives();
        // the portfolio: each first-solution strategy followed by guided local search, side by side on their own
        // models (one thread each), the lowest objective wins; which strategy is best varies by instance
        List<CompletableFuture<Searched>> searches = new ArrayList<>();
        for (FirstSolutionStrategy.Value first : FIRST_SOLUTIONS) {
            searches.add(CompletableFuture.supplyAsync(
                    () -> search(problem, candidates, disallowed, options, first, deadline),
                    runnable -> startDaemon(runnable, "routing-search-" + first.name().toLowerCase())));
        }
        Searched best = null;
        for (CompletableFuture<Searched> search : searches) {
            Searched found = search.join();
            if (found != null && (best == null || found.objective() < best.objective())) {
                best = found;
            }
        }
        if (best == null) {
            for (int v : candidates) {
                unplanned.add(new Unplanned(v, Reason.NO_PLAN_WITHIN_TIME_LIMIT));
            }
            return new RoutingPlan(emptyRoutes(problem), unplanned, 0, false);
        }
        for (int c = 0; c < candidates.size(); c++) {
            if (!best.served()[c]) {
                unplanned.add(new Unplanned(candidates.get(c), Reason.DROPPED_FOR_CAPACITY_OR_TIME));
            }
        }
        return new RoutingPlan(best.routes(), unplanned, best.totalDistance(), true);
    }

    private static boolean anyBreak(RoutingProblem.Operators operators) {
        for (int k = 0; k < operators.count(); k++) {
            if (operators.hasBreak(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Days without breaks: string removals and greedy reinsertion under simulated annealing, two independent
     * searches side by side (one thread each, different seeds), the cheaper plan kept.
     */
    private static RoutingPlan byStringRemoval(RoutingProblem problem, List<Integer> candidates, Options options,
                                               long deadline, List<Unplanned> unplanned) {
        CandidateDay day = new CandidateDay(problem, candidates.stream().mapToInt(Integer::intValue).toArray(),
                options.vehicleFixedCost(), options.balanceCoefficient());
        List<CompletableFuture<Tours>> searches = new ArrayList<>();
        for (int seed = 1; seed <= SEARCH_THREADS; seed++) {
            long chosen = seed;
            searches.add(CompletableFuture.supplyAsync(() -> new StringRemovalSearch(day, chosen).search(deadline),
                    runnable -> startDaemon(runnable, "routing-string-removal-" + chosen)));
        }
        Tours best = null;
        for (CompletableFuture<Tours> search : searches) {
            Tours found = search.join();
            if (best == null || found.cost() < best.cost()) {
                best = found;
            }
        }
        List<Route> routes = new ArrayList<>();
        for (int k = 0; k < day.operators; k++) {
            int stops = best.visitsOf(k);
            int[] order = new int[stops];
            long[] serviceStart = new long[stops];
            for (int i = 0; i < stops; i++) {
                order[i] = day.problemVisit[best.nodes[k][i + 1]];
                serviceStart[i] = best.earliest[k][i + 1];
            }
            routes.add(new Route(k, order, serviceStart, best.departure(k), best.earliest[k][stops + 1], -1,
                    best.distance[k]));
        }
        for (int i = 0; i < best.absentCount; i++) {
            unplanned.add(new Unplanned(day.problemVisit[best.absent[i]], Reason.DROPPED_FOR_CAPACITY_OR_TIME));
        }
        return new RoutingPlan(routes, unplanned, best.totalDistance, true);
    }

    private static void startDaemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** One search's answer: its objective (comparable between searches of the same problem) and its routes. */
    private record Searched(long objective, List<Route> routes, boolean[] served, long totalDistance) {
    }

    /** Builds the model of the candidate visits and searches it from one first solution; null when nothing is found. */
    private static Searched search(RoutingProblem problem, List<Integer> candidates, List<long[]> disallowed,
                                   Options options, FirstSolutionStrategy.Value first, long deadline) {
        RoutingProblem.Visits visits = problem.visits();
        RoutingProblem.Operators operators = problem.operators();
        int operatorCount = operators.count();
        int m = candidates.size();
        int nodes = m + 2 * operatorCount;
        int[] nodePlace = new int[nodes];
        long[] nodeService = new long[nodes];
        long[] nodeDemand = new long[nodes];
        int[] starts = new int[operatorCount];
        int[] ends = new int[operatorCount];
        for (int c = 0; c < m; c++) {
            int v = candidates.get(c);
            nodePlace[c] = visits.place()[v];
            nodeService[c] = visits.service()[v];
            nodeDemand[c] = visits.demand()[v];
        }
        long horizon = 0;
        for (int k = 0; k < operatorCount; k++) {
            starts[k] = m + 2 * k;
            ends[k] = m + 2 * k + 1;
            nodePlace[starts[k]] = operators.start()[k];
            nodePlace[ends[k]] = operators.end()[k];
            horizon = Math.max(horizon, operators.shiftEnd()[k]);
        }
        TravelMatrix travel = problem.travel();
        long[][] distance = new long[nodes][nodes];
        long[][] time = new long[nodes][nodes];
        long maxArc = 0;
        for (int i = 0; i < nodes; i++) {
            for (int j = 0; j < nodes; j++) {
                distance[i][j] = travel.distance(nodePlace[i], nodePlace[j]);
                time[i][j] = nodeService[i] + travel.time(nodePlace[i], nodePlace[j]);
                maxArc = Math.max(maxArc, distance[i][j]);
            }
        }
        RoutingIndexManager manager = new RoutingIndexManager(nodes, operatorCount, starts, ends);
        RoutingModel model = new RoutingModel(manager);
        int distanceCallback = model.registerTransitMatrix(distance);
        model.setArcCostEvaluatorOfAllVehicles(distanceCallback);
        model.addDimension(model.registerTransitMatrix(time), horizon, horizon, false, TIME);
        RoutingDimension timeDimension = model.getMutableDimension(TIME);
        timeDimension.setGlobalSpanCostCoefficient(options.balanceCoefficient());
        model.setFixedCostOfAllVehicles(options.vehicleFixedCost());
        addCapacity(model, operators, nodeDemand);
        // Dropping a visit must never pay: its penalty exceeds a vehicle plus any detour it causes.
        long penalty = options.vehicleFixedCost() + 4 * maxArc + 1;
        for (int c = 0; c < m; c++) {
            int v = candidates.get(c);
            long index = manager.nodeToIndex(c);
            timeDimension.cumulVar(index).setRange(visits.windowStart()[v], visits.windowEnd()[v]);
            if (disallowed.get(c).length > 0) {
                model.vehicleVar(index).removeValues(disallowed.get(c));
            }
            model.addDisjunction(new long[] {index}, penalty * (1 + visits.priority()[v]));
        }
        IntervalVar[] breaks = new IntervalVar[operatorCount];
        long[] visitTransits = new long[(int) model.size()];
        for (int index = 0; index < visitTransits.length; index++) {
            visitTransits[index] = nodeService[manager.indexToNode(index)];
        }
        for (int k = 0; k < operatorCount; k++) {
            timeDimension.cumulVar(model.start(k)).setRange(operators.shiftStart()[k], operators.shiftEnd()[k]);
            timeDimension.cumulVar(model.end(k)).setRange(operators.shiftStart()[k], operators.shiftEnd()[k]);
            model.addVariableMaximizedByFinalizer(timeDimension.cumulVar(model.start(k)));
            model.addVariableMinimizedByFinalizer(timeDimension.cumulVar(model.end(k)));
            if (operators.hasBreak(k)) {
                breaks[k] = model.solver().makeFixedDurationIntervalVar(operators.breakEarliest()[k],
                        operators.breakLatest()[k], operators.breakDuration()[k], false, "break" + k);
                timeDimension.setBreakIntervalsOfVehicle(new IntervalVar[] {breaks[k]}, k, visitTransits);
            }
        }
        long left = Math.max(100, (deadline - System.nanoTime()) / 1_000_000);
        Assignment solution = model.solveWithParameters(parameters(left, first));
        if (solution == null) {
            return null;
        }
        List<Route> routes = new ArrayList<>();
        long total = 0;
        boolean[] served = new boolean[m];
        for (int k = 0; k < operatorCount; k++) {
            List<Integer> order = new ArrayList<>();
            List<Long> starts2 = new ArrayList<>();
            long routeDistance = 0;
            long index = model.start(k);
            long departure = solution.value(timeDimension.cumulVar(index));
            while (!model.isEnd(index)) {
                long next = solution.value(model.nextVar(index));
                routeDistance += distance[manager.indexToNode(index)][manager.indexToNode(next)];
                if (!model.isEnd(next)) {
                    int node = manager.indexToNode(next);
                    served[node] = true;
                    order.add(candidates.get(node));
                    starts2.add(solution.value(timeDimension.cumulVar(next)));
                }
                index = next;
            }
            long arrival = solution.value(timeDimension.cumulVar(index));
            long breakStart = breaks[k] == null || order.isEmpty() ? -1 : solution.startValue(breaks[k]);
            if (order.isEmpty()) {
                routeDistance = 0;
            }
            total += routeDistance;
            routes.add(new Route(k, order.stream().mapToInt(Integer::intValue).toArray(),
                    starts2.stream().mapToLong(Long::longValue).toArray(), departure, arrival, breakStart, routeDistance));
        }
        return new Searched(solution.objectiveValue(), routes, served, total);
    }

    private static void addCapacity(RoutingModel model, RoutingProblem.Operators operators, long[] nodeDemand) {
        long[] capacity = new long[operators.count()];
        boolean limited = false;
        for (int k = 0; k < capacity.length; k++) {
            limited |= operators.capacity()[k] >= 0;
            capacity[k] = operators.capacity()[k] >= 0 ? operators.capacity()[k] : Long.MAX_VALUE / 4;
        }
        if (limited) {
            model.addDimensionWithVehicleCapacity(model.registerUnaryTransitVector(nodeDemand), 0, capacity, true, "load");
        }
    }

    private static RoutingSearchParameters parameters(long millis, FirstSolutionStrategy.Value first) {
        return main.defaultRoutingSearchParameters().toBuilder()
                .setFirstSolutionStrategy(first)
                .setLocalSearchMetaheuristic(LocalSearchMetaheuristic.Value.GUIDED_LOCAL_SEARCH)
                .setTimeLimit(Duration.newBuilder().setSeconds(millis / 1000).setNanos((int) (millis % 1000) * 1_000_000))
                .build();
    }

    private static List<Route> emptyRoutes(RoutingProblem problem) {
        List<Route> routes = new ArrayList<>();
        for (int k = 0; k < problem.operators().count(); k++) {
            routes.add(new Route(k, new int[0], new long[0], problem.operators().shiftStart()[k],
                    problem.operators().shiftStart()[k], -1, 0));
        }
        return routes;
    }
}
