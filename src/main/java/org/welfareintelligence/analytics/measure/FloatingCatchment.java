package org.welfareintelligence.analytics.measure;

/** Floating catchment accessibility; NaN means no value (no facility within the catchment), never 0. */
public final class FloatingCatchment {

    private FloatingCatchment() {
    }

    public static double[] supplyDemandRatio(SparseCosts demandToSupply, SparseCosts demandToDemand, double[] demand,
            double[] supply, double cutoff) {
        throw new UnsupportedOperationException();
    }

    public static double[] twoStep(SparseCosts demandToSupply, double[] demand, double[] supply, double cutoff) {
        throw new UnsupportedOperationException();
    }

    public static double[] enhancedTwoStep(SparseCosts demandToSupply, double[] demand, double[] supply, DistanceDecay decay) {
        throw new UnsupportedOperationException();
    }

    public static double[] facilityRatios(SparseCosts demandToSupply, double[] demand, double[] supply, DistanceDecay decay) {
        throw new UnsupportedOperationException();
    }
}
