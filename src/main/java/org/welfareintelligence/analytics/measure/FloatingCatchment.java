package org.welfareintelligence.analytics.measure;

/**
 * Floating catchment accessibility from demand points {@code i} (people {@code P_i}) to facilities {@code j}
 * (supply {@code S_j}). A cost exactly at the cutoff is inside the catchment. NaN means no value (no facility
 * within the catchment, or no demand to share a facility), never 0. Sums run over rows in the table's order
 * (demand points ascending; within a row cost ascending) with compensated summation, so results do not depend
 * on the order the costs were supplied in.
 */
public final class FloatingCatchment {

    private FloatingCatchment() {
    }

    /**
     * The plain floating catchment ratio: supply within the cutoff of {@code i} over demand within the cutoff of
     * {@code i} (its own demand always included, whether or not {@code demandToDemand} lists the pair (i, i)).
     */
    public static double[] supplyDemandRatio(SparseCosts demandToSupply, SparseCosts demandToDemand, double[] demand,
            double[] supply, double cutoff) {
        int n = demandToSupply.origins();
        if (demandToDemand.origins() != n || demandToDemand.destinations() != n) {
            throw new IllegalArgumentException("demand-to-demand costs must be " + n + " x " + n + ", got "
                    + demandToDemand.origins() + " x " + demandToDemand.destinations());
        }
        Inputs.requireAmounts("demand", demand, n);
        Inputs.requireAmounts("supply", supply, demandToSupply.destinations());
        Inputs.requireCutoff(cutoff);
        double[] ratio = new double[n];
        for (int i = 0; i < n; i++) {
            int supplyEnd = demandToSupply.endWithin(i, cutoff);
            if (supplyEnd == demandToSupply.rowStart(i)) {
                ratio[i] = Double.NaN;
                continue;
            }
            CompensatedSum reachableSupply = new CompensatedSum();
            for (int k = demandToSupply.rowStart(i); k < supplyEnd; k++) {
                reachableSupply.add(supply[demandToSupply.destination(k)]);
            }
            CompensatedSum reachableDemand = new CompensatedSum();
            boolean selfListed = false;
            for (int k = demandToDemand.rowStart(i), end = demandToDemand.endWithin(i, cutoff); k < end; k++) {
                int other = demandToDemand.destination(k);
                selfListed |= other == i;
                reachableDemand.add(demand[other]);
            }
            if (!selfListed) {
                reachableDemand.add(demand[i]);
            }
            double people = reachableDemand.value();
            ratio[i] = people > 0 ? reachableSupply.value() / people : Double.NaN;
        }
        return ratio;
    }

    /** 2SFCA (Luo &amp; Wang 2003): {@code A_i = Σ_{j: d_ij <= d0} S_j / Σ_{k: d_kj <= d0} P_k}. */
    public static double[] twoStep(SparseCosts demandToSupply, double[] demand, double[] supply, double cutoff) {
        return enhancedTwoStep(demandToSupply, demand, supply, DistanceDecay.none(cutoff));
    }

    /** E2SFCA (Luo &amp; Qi 2009): {@code A_i = Σ_j R_j W(d_ij)} with {@code R_j = S_j / Σ_k P_k W(d_kj)}. */
    public static double[] enhancedTwoStep(SparseCosts demandToSupply, double[] demand, double[] supply, DistanceDecay decay) {
        DecayedCosts decayed = new DecayedCosts(demandToSupply, decay);
        double[] facilityRatio = facilityRatios(decayed, demand, supply);
        double[] access = new double[demandToSupply.origins()];
        decayed.forEachOrigin(i -> {
            CompensatedSum sum = new CompensatedSum();
            boolean reached = false;
            for (int k = demandToSupply.rowStart(i), end = decayed.end(i); k < end; k++) {
                double ratio = facilityRatio[demandToSupply.destination(k)];
                if (!Double.isNaN(ratio)) {
                    reached = true;
                    sum.add(ratio * decayed.weight(k));
                }
            }
            access[i] = reached ? sum.value() : Double.NaN;
        });
        return access;
    }

    /**
     * The supply-to-demand ratio of each facility, {@code R_j = S_j / Σ_i P_i W(d_ij)}; NaN when no demand
     * reaches the facility (nobody to share it).
     */
    public static double[] facilityRatios(SparseCosts demandToSupply, double[] demand, double[] supply, DistanceDecay decay) {
        return facilityRatios(new DecayedCosts(demandToSupply, decay), demand, supply);
    }

    private static double[] facilityRatios(DecayedCosts decayed, double[] demand, double[] supply) {
        SparseCosts costs = decayed.costs();
        int m = costs.destinations();
        Inputs.requireAmounts("demand", demand, costs.origins());
        Inputs.requireAmounts("supply", supply, m);
        double[] weightedDemand = new double[m];
        double[] compensation = new double[m];
        for (int i = 0; i < demand.length; i++) {
            if (demand[i] == 0) {
                continue;
            }
            for (int k = costs.rowStart(i), end = decayed.end(i); k < end; k++) {
                CompensatedSum.add(weightedDemand, compensation, costs.destination(k), demand[i] * decayed.weight(k));
            }
        }
        CompensatedSum.finish(weightedDemand, compensation);
        double[] ratio = new double[m];
        for (int j = 0; j < m; j++) {
            ratio[j] = weightedDemand[j] > 0 ? supply[j] / weightedDemand[j] : Double.NaN;
        }
        return ratio;
    }
}
