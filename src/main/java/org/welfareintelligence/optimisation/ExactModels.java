package org.welfareintelligence.optimisation;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * Mixed-integer formulations of the location models, solved by OR-Tools (SCIP), and the p-median LP
 * relaxation (GLOP). They build one variable per demand-site pair, so they are for small instances:
 * to prove heuristics right and to bound them. Formulations are written out in docs/optimisation.md.
 */
final class ExactModels {

    /**
     * Open sites of the best solution found, the solver's proven bound, whether it proved optimality or was
     * cancelled, and for the capacitated p-median the site serving each point (otherwise null).
     */
    record Result(int[] openSites, double bound, boolean optimal, boolean cancelled, long nodes, int[] assignment) {

        StopReason stop() {
            return optimal ? StopReason.OPTIMAL : cancelled ? StopReason.CANCELLED : StopReason.TIME_LIMIT;
        }
    }

    /** How often a running solve looks whether it was cancelled. */
    private static final long CANCEL_POLL_MILLIS = 50;

    private static boolean loaded;

    private ExactModels() {
    }

    static synchronized void loadNatives() {
        if (!loaded) {
            Loader.loadNativeLibraries();
            loaded = true;
        }
    }

    /** min Σ w_i c_ij x_ij  s.t. Σ_j x_ij = 1, x_ij ≤ y_j, Σ y_j = p, y_fixed = 1. */
    static Result pMedian(LocationData data, int p, SolveControl control) {
        return medianModel(data, p, null, control, "SCIP");
    }

    /** The same model with x and y continuous in [0, 1], solved by GLOP: the LP lower bound. */
    static double pMedianLpBound(LocationData data, int p, SolveControl control) {
        return medianModel(data, p, null, control, "GLOP").bound();
    }

    /** p-median with single sourcing and Σ_i w_i x_ij ≤ capacity_j y_j. */
    static Result capacitatedPMedian(LocationData data, int p, double[] capacity, SolveControl control) {
        return medianModel(data, p, capacity, control, "SCIP");
    }

    /** min D  s.t. Σ_j x_ij = 1, x_ij ≤ y_j, Σ y_j = p, D ≥ Σ_j c_ij x_ij for points of positive weight. */
    static Result pCenter(LocationData data, int p, SolveControl control) {
        MPSolver solver = solver("SCIP", control);
        int[] openable = data.openable();
        MPVariable[] y = openVariables(solver, data, openable);
        count(solver, y, p);
        MPVariable radius = solver.makeNumVar(0, Double.POSITIVE_INFINITY, "D");
        for (int i = 0; i < data.weights().length; i++) {
            if (data.weights()[i] <= 0) {
                continue;
            }
            MPConstraint once = solver.makeConstraint(1, 1);
            MPConstraint within = solver.makeConstraint(0, Double.POSITIVE_INFINITY);
            within.setCoefficient(radius, 1);
            for (int j = 0; j < openable.length; j++) {
                MPVariable x = solver.makeNumVar(0, 1, "");
                once.setCoefficient(x, 1);
                within.setCoefficient(x, -data.costs().cost(i, openable[j]));
                link(solver, x, y[j]);
            }
        }
        MPObjective objective = solver.objective();
        objective.setCoefficient(radius, 1);
        objective.setMinimization();
        return solve(solver, control, y, openable, null);
    }

    /** max Σ w_i z_i  s.t. z_i ≤ Σ_{j covers i} y_j, Σ y_j = p, y_fixed = 1. */
    static Result maximalCovering(LocationData data, int p, double radius, SolveControl control) {
        return coveringModel(data, radius, null, Double.NaN, p, control);
    }

    /** max Σ w_i z_i  s.t. z_i ≤ Σ_{j covers i} y_j, Σ_{j free} cost_j y_j ≤ budget, y_fixed = 1. */
    static Result budgetCovering(LocationData data, double radius, double[] openingCost, double budget,
            SolveControl control) {
        return coveringModel(data, radius, openingCost, budget, -1, control);
    }

    /** min Σ y_j  s.t. Σ_{j covers i} y_j ≥ 1 for every point of positive weight some site covers, y_fixed = 1. */
    static Result setCovering(LocationData data, double radius, SolveControl control) {
        MPSolver solver = solver("SCIP", control);
        int[] openable = data.openable();
        MPVariable[] y = openVariables(solver, data, openable);
        for (int i = 0; i < data.weights().length; i++) {
            if (data.weights()[i] <= 0) {
                continue;
            }
            List<Integer> covering = covering(data, openable, i, radius);
            if (!covering.isEmpty()) {
                MPConstraint covered = solver.makeConstraint(1, Double.POSITIVE_INFINITY);
                covering.forEach(j -> covered.setCoefficient(y[j], 1));
            }
        }
        MPObjective objective = solver.objective();
        for (MPVariable v : y) {
            objective.setCoefficient(v, 1);
        }
        objective.setMinimization();
        return solve(solver, control, y, openable, null);
    }

    /**
     * max Σ w_i x_ij  s.t. Σ_j x_ij ≤ 1, x_ij ≤ y_j, Σ_i w_i x_ij ≤ capacity_j y_j, Σ y_j = p, y_fixed = 1, with
     * x_ij in [0, 1] (demand may be split) and only for pairs within the radius.
     */
    static Result capacitatedCovering(LocationData data, int p, double radius, double[] capacity,
            SolveControl control) {
        MPSolver solver = solver("SCIP", control);
        int[] openable = data.openable();
        MPVariable[] y = openVariables(solver, data, openable);
        count(solver, y, p);
        MPConstraint[] load = new MPConstraint[openable.length];
        for (int j = 0; j < openable.length; j++) {
            load[j] = solver.makeConstraint(Double.NEGATIVE_INFINITY, 0);
            load[j].setCoefficient(y[j], -capacity[openable[j]]);
        }
        MPObjective objective = solver.objective();
        for (int i = 0; i < data.weights().length; i++) {
            double w = data.weights()[i];
            List<Integer> covering = covering(data, openable, i, radius);
            if (w <= 0 || covering.isEmpty()) {
                continue;
            }
            MPConstraint atMostOnce = solver.makeConstraint(Double.NEGATIVE_INFINITY, 1);
            for (int j : covering) {
                MPVariable x = solver.makeNumVar(0, 1, "");
                atMostOnce.setCoefficient(x, 1);
                link(solver, x, y[j]);
                load[j].setCoefficient(x, w);
                objective.setCoefficient(x, w);
            }
        }
        objective.setMaximization();
        return solve(solver, control, y, openable, null);
    }

    private static Result medianModel(LocationData data, int p, double[] capacity, SolveControl control,
            String engine) {
        MPSolver solver = solver(engine, control);
        boolean integer = !engine.equals("GLOP");
        int[] openable = data.openable();
        MPVariable[] y = new MPVariable[openable.length];
        for (int j = 0; j < openable.length; j++) {
            boolean fixed = java.util.Arrays.binarySearch(data.fixed(), openable[j]) >= 0;
            y[j] = integer ? solver.makeIntVar(fixed ? 1 : 0, 1, "y" + j) : solver.makeNumVar(fixed ? 1 : 0, 1, "y" + j);
        }
        count(solver, y, p);
        MPConstraint[] load = null;
        if (capacity != null) {
            load = new MPConstraint[openable.length];
            for (int j = 0; j < openable.length; j++) {
                load[j] = solver.makeConstraint(Double.NEGATIVE_INFINITY, 0);
                load[j].setCoefficient(y[j], -capacity[openable[j]]);
            }
        }
        MPObjective objective = solver.objective();
        MPVariable[][] xs = new MPVariable[data.weights().length][openable.length];
        for (int i = 0; i < data.weights().length; i++) {
            double w = data.weights()[i];
            MPConstraint once = solver.makeConstraint(1, 1);
            for (int j = 0; j < openable.length; j++) {
                MPVariable x = integer && capacity != null ? solver.makeBoolVar("") : solver.makeNumVar(0, 1, "");
                xs[i][j] = x;
                once.setCoefficient(x, 1);
                link(solver, x, y[j]);
                objective.setCoefficient(x, w * data.costs().cost(i, openable[j]));
                if (load != null) {
                    load[j].setCoefficient(x, w);
                }
            }
        }
        objective.setMinimization();
        return solve(solver, control, y, openable, capacity == null ? null : xs);
    }

    private static Result coveringModel(LocationData data, double radius, double[] openingCost, double budget, int p,
            SolveControl control) {
        MPSolver solver = solver("SCIP", control);
        int[] openable = data.openable();
        MPVariable[] y = openVariables(solver, data, openable);
        if (p >= 0) {
            count(solver, y, p);
        } else {
            MPConstraint spend = solver.makeConstraint(Double.NEGATIVE_INFINITY, budget);
            for (int j = 0; j < openable.length; j++) {
                if (java.util.Arrays.binarySearch(data.fixed(), openable[j]) < 0) {
                    spend.setCoefficient(y[j], openingCost[openable[j]]);
                }
            }
        }
        MPObjective objective = solver.objective();
        for (int i = 0; i < data.weights().length; i++) {
            if (data.weights()[i] <= 0) {
                continue;
            }
            List<Integer> covering = covering(data, openable, i, radius);
            if (covering.isEmpty()) {
                continue;
            }
            MPVariable z = solver.makeNumVar(0, 1, "z" + i);
            MPConstraint covered = solver.makeConstraint(Double.NEGATIVE_INFINITY, 0);
            covered.setCoefficient(z, 1);
            covering.forEach(j -> covered.setCoefficient(y[j], -1));
            objective.setCoefficient(z, data.weights()[i]);
        }
        objective.setMaximization();
        return solve(solver, control, y, openable, null);
    }

    private static MPSolver solver(String engine, SolveControl control) {
        loadNatives();
        MPSolver solver = MPSolver.createSolver(engine);
        if (solver == null) {
            throw new IllegalStateException("OR-Tools has no " + engine + " solver in this build");
        }
        solver.setTimeLimit(control.timeLimitMillis());
        return solver;
    }

    private static MPVariable[] openVariables(MPSolver solver, LocationData data, int[] openable) {
        MPVariable[] y = new MPVariable[openable.length];
        for (int j = 0; j < openable.length; j++) {
            boolean fixed = java.util.Arrays.binarySearch(data.fixed(), openable[j]) >= 0;
            y[j] = solver.makeIntVar(fixed ? 1 : 0, 1, "y" + j);
        }
        return y;
    }

    private static void count(MPSolver solver, MPVariable[] y, int p) {
        MPConstraint total = solver.makeConstraint(p, p);
        for (MPVariable v : y) {
            total.setCoefficient(v, 1);
        }
    }

    private static void link(MPSolver solver, MPVariable x, MPVariable y) {
        MPConstraint constraint = solver.makeConstraint(Double.NEGATIVE_INFINITY, 0);
        constraint.setCoefficient(x, 1);
        constraint.setCoefficient(y, -1);
    }

    private static List<Integer> covering(LocationData data, int[] openable, int demand, double radius) {
        List<Integer> result = new ArrayList<>();
        for (int j = 0; j < openable.length; j++) {
            if (data.costs().cost(demand, openable[j]) <= radius) {
                result.add(j);
            }
        }
        return result;
    }

    /**
     * Solves with no MIP gap tolerance. A watcher interrupts the solver when the control is cancelled or the
     * calling thread is interrupted; the best solution found by then is returned.
     */
    private static Result solve(MPSolver solver, SolveControl control, MPVariable[] y, int[] openable,
            MPVariable[][] assignment) {
        Thread caller = Thread.currentThread();
        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicBoolean finished = new AtomicBoolean();
        Thread watcher = new Thread(() -> {
            while (!finished.get()) {
                if (control.isCancelled() || caller.isInterrupted()) {
                    cancelled.set(true);
                    solver.interruptSolve();
                    return;
                }
                LockSupport.parkNanos(CANCEL_POLL_MILLIS * 1_000_000L);
            }
        }, "exact-solver-cancel");
        watcher.setDaemon(true);
        try {
            MPSolverParameters parameters = new MPSolverParameters();
            // the default stops within 0.01 % of optimal; a proof needs no tolerance
            parameters.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 0.0);
            watcher.start();
            MPSolver.ResultStatus status = solver.solve(parameters);
            finished.set(true);
            if (status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE) {
                throw new IllegalStateException(cancelled.get() ? "the exact solver was cancelled before it found a "
                        + "solution" : "exact solver found no solution: " + status);
            }
            List<Integer> open = new ArrayList<>();
            for (int j = 0; j < y.length; j++) {
                if (y[j].solutionValue() > 0.5) {
                    open.add(openable[j]);
                }
            }
            boolean optimal = status == MPSolver.ResultStatus.OPTIMAL;
            boolean mip = solver.isMip();
            double bound = mip ? solver.objective().bestBound() : solver.objective().value();
            int[] servedBy = null;
            if (assignment != null) {
                servedBy = new int[assignment.length];
                for (int i = 0; i < assignment.length; i++) {
                    servedBy[i] = -1;
                    for (int j = 0; j < openable.length; j++) {
                        if (assignment[i][j].solutionValue() > 0.5) {
                            servedBy[i] = openable[j];
                        }
                    }
                }
            }
            return new Result(open.stream().mapToInt(Integer::intValue).toArray(), bound, optimal, cancelled.get(),
                    mip ? solver.nodes() : 0, servedBy);
        } finally {
            finished.set(true);
            try {
                // the watcher may be inside interruptSolve: the solver must outlive it
                watcher.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            solver.delete();
        }
    }
}
