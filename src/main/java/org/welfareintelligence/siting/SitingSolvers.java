package org.welfareintelligence.siting;

import org.welfareintelligence.optimisation.PMedianProblem;
import org.welfareintelligence.optimisation.PMedianSolution;
import org.welfareintelligence.optimisation.PMedianSolver;

/** Runs the model a request names on the solvers of the optimisation module. */
final class SitingSolvers {

    /** Shake rounds of the p-median search; the request's time limit usually stops it first on a city. */
    private static final int P_MEDIAN_ROUNDS = 200;

    private SitingSolvers() {
    }

    static SitingOutcome solve(SitingInstance instance, AccessCosts costs, SitingRequest request) {
        return switch (SitingModel.parse(request.model())) {
            case P_MEDIAN -> pMedian(instance, costs, request);
        };
    }

    /** Existing facilities are fixed open and count towards p, so p = existing + new sites. */
    private static SitingOutcome pMedian(SitingInstance instance, AccessCosts costs, SitingRequest request) {
        int[] fixed = new int[instance.existingCount()];
        for (int j = 0; j < fixed.length; j++) {
            fixed[j] = j;
        }
        PMedianProblem problem = new PMedianProblem(costs.denseMatrix(), instance.weightedDemand(),
                instance.siteCount(), instance.existingCount() + request.newSites(), fixed);
        PMedianSolution solution = new PMedianSolver(P_MEDIAN_ROUNDS, request.timeLimit().toMillis())
                .solve(problem, request.seed());
        return new SitingOutcome(solution.openSites(), solution.objective(), null, null,
                solution.stoppingReason(), solution.elapsedMillis(), solution.iterations());
    }
}
