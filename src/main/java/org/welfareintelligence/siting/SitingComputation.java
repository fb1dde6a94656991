package org.welfareintelligence.siting;

/** Solves a read problem and compares the plan with today. Plain Java; reports its stages to a listener. */
final class SitingComputation {

    /** Told what the computation is doing: a fraction of the work done and a sentence. */
    interface Stages {
        void stage(double fraction, String message);
    }

    private SitingComputation() {
    }

    static SitingResult run(SitingRequest request, SitingInstance instance, Stages stages) {
        long start = System.nanoTime();
        AccessCosts costs = new AccessCosts(instance, request.detourFactor(), request.cutoffMetres());
        stages.stage(0.05, "solving " + request.model() + " for " + instance.pointCount() + " sections and "
                + instance.siteCount() + " sites");
        SitingOutcome outcome = SitingSolvers.solve(instance, costs, request);
        stages.stage(0.9, "comparing with today");
        AccessEvaluation evaluation = new AccessEvaluation(instance, costs, request.radiusMetres());
        SitingResult.Allocation today = instance.existingCount() == 0 ? null
                : evaluation.allocate(evaluation.existingSites());
        SitingResult.Allocation plan = evaluation.allocate(outcome.openSites());
        return new SitingResult(request, instance, outcome, today, plan, evaluation.targets(today, plan),
                evaluation.sites(outcome.openSites(), today, plan),
                new SitingResult.EquityOfAccess(null, null, null, null),
                (System.nanoTime() - start) / 1_000_000L);
    }
}
