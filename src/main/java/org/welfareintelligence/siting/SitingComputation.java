package org.welfareintelligence.siting;

import java.util.function.BooleanSupplier;
import org.welfareintelligence.analytics.measure.Equity;
import org.welfareintelligence.optimisation.ProgressListener;
import org.welfareintelligence.optimisation.SolveControl;

/** Solves a read problem and compares the plan with today. Plain Java; reports progress to a listener. */
final class SitingComputation {

    /** Share of the progress bar the solver fills; the rest is setting up and comparing. */
    private static final double SOLVER_SHARE = 0.85;

    private SitingComputation() {
    }

    static SitingResult run(SitingRequest request, SitingInstance instance, AccessCosts costs, double targetGap,
                            ProgressListener progress, BooleanSupplier cancelled) {
        long start = System.nanoTime();
        progress.progress(0.05, "solving " + request.model() + " for " + instance.pointCount() + " sections and "
                + instance.siteCount() + " sites");
        SolveControl control = SolveControl.defaults().withSeed(request.seed())
                .withTimeLimit(request.timeLimit().toMillis()).withTargetGap(targetGap).withThreads(1)
                .withCancellation(cancelled)
                .withProgress((fraction, message) -> progress.progress(0.05 + SOLVER_SHARE * fraction, message));
        SitingOutcome outcome = SitingSolvers.solve(instance, costs, request, control);
        progress.progress(0.9, "comparing with today");
        AccessEvaluation evaluation = new AccessEvaluation(instance, costs, request.radius());
        SitingResult.Allocation today = instance.existingCount() == 0 ? null
                : outcome.todayAssignment() == null ? evaluation.allocate(evaluation.existingSites())
                : evaluation.assigned(outcome.todayAssignment(), outcome.todayDivision());
        SitingResult.Allocation plan = outcome.assignment() == null ? evaluation.allocate(outcome.openSites())
                : evaluation.assigned(outcome.assignment(), outcome.division());
        SitingPhasing.Schedule phasing = null;
        if (request.phasing() != null) {
            progress.progress(0.92, "phasing the openings over " + request.phasing().budgetPerYear().size() + " years");
            phasing = SitingPhasing.plan(instance, costs, request, outcome.openSites(),
                    control.withProgress(ProgressListener.NONE));
        }
        return new SitingResult(request, instance, outcome, today, plan, evaluation.targets(today, plan),
                evaluation.sites(outcome.openSites(), today, plan, outcome.division()), equity(instance, today, plan),
                phasing, (System.nanoTime() - start) / 1_000_000L);
    }

    /** Inequality of travel distance among the people of the demand, Theil split by municipio. */
    private static SitingResult.EquityOfAccess equity(SitingInstance instance, SitingResult.Allocation today,
                                                      SitingResult.Allocation plan) {
        double[] weight = instance.weightedDemand();
        int[] group = instance.municipio();
        return new SitingResult.EquityOfAccess(
                today == null ? null : finite(Equity.gini(today.distance(), weight)),
                finite(Equity.gini(plan.distance(), weight)),
                today == null ? null : Equity.theil(today.distance(), weight, group),
                Equity.theil(plan.distance(), weight, group));
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
