package org.welfareintelligence.analytics.accessibility;

import org.welfareintelligence.analytics.measure.FloatingCatchment;
import org.welfareintelligence.analytics.measure.Nearest;
import org.welfareintelligence.analytics.measure.SparseCosts;

/** Runs the chosen measure on sparse costs; shared by the database-backed and the raw (uploaded files) paths. */
public final class AccessibilityCalculator {

    private AccessibilityCalculator() {
    }

    /**
     * Accessibility per demand point; NaN where there is no value. {@code demandToDemand} is needed only by
     * the ratio (the demand within each point's own catchment) and may be null otherwise.
     */
    public static double[] compute(DecayParameters parameters, SparseCosts demandToSupply, SparseCosts demandToDemand,
                                   double[] demand, double[] supply) {
        double cutoff = parameters.cutoff();
        return switch (parameters.method()) {
            case RATIO -> FloatingCatchment.supplyDemandRatio(demandToSupply, demandToDemand, demand, supply, cutoff);
            case TWO_STEP -> FloatingCatchment.twoStep(demandToSupply, demand, supply, cutoff);
            case E2SFCA_STEP, E2SFCA_GAUSSIAN ->
                    FloatingCatchment.enhancedTwoStep(demandToSupply, demand, supply, parameters.decay());
            case NEAREST -> Nearest.nthNearestCost(demandToSupply.within(cutoff), 1);
            case NTH_NEAREST -> Nearest.nthNearestCost(demandToSupply.within(cutoff), parameters.n());
        };
    }
}
