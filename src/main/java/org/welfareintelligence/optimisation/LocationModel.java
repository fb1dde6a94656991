package org.welfareintelligence.optimisation;

/**
 * A facility location model over {@link LocationData} (after PySAL spopt): one small class per model, built
 * from its parameters, that answers with the open sites, the objective and a proven bound on it.
 */
public interface LocationModel {

    /** The heuristic answer within the control's time and iteration limits, with its bound and gap. */
    LocationSolution solve(SolveControl control);

    /** The proven optimum by OR-Tools' MIP solver, for small instances (or the best found with its bound). */
    LocationSolution solveExact(SolveControl control);
}
