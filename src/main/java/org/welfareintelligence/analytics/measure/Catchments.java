package org.welfareintelligence.analytics.measure;

import java.util.Arrays;

/**
 * Nearest-centre allocation: each demand point goes wholly to its nearest facility within the table's cutoff
 * (ties to the lower facility id). Per facility: the demand it serves, that demand by distance band and its
 * load (served demand over capacity).
 */
public final class Catchments {

    private final int[] assignment;
    private final double[] costToAssigned;
    private final double[] demandServed;
    private final double[] load;
    private final double[][] demandByBand;

    private Catchments(int[] assignment, double[] costToAssigned, double[] demandServed, double[] load,
            double[][] demandByBand) {
        this.assignment = assignment;
        this.costToAssigned = costToAssigned;
        this.demandServed = demandServed;
        this.load = load;
        this.demandByBand = demandByBand;
    }

    /**
     * @param bandUpperBounds increasing bounds; band {@code b} holds costs in {@code (bound[b-1], bound[b]]}.
     *                        Demand assigned beyond the last bound counts as served but in no band.
     */
    public static Catchments allocate(SparseCosts demandToSupply, double[] demand, double[] capacity, double[] bandUpperBounds) {
        int n = demandToSupply.origins();
        int m = demandToSupply.destinations();
        Inputs.requireAmounts("demand", demand, n);
        Inputs.requireAmounts("capacity", capacity, m);
        for (int b = 0; b < bandUpperBounds.length; b++) {
            if (Double.isNaN(bandUpperBounds[b]) || b > 0 && !(bandUpperBounds[b] > bandUpperBounds[b - 1])) {
                throw new IllegalArgumentException("band upper bounds must be increasing numbers: " + Arrays.toString(bandUpperBounds));
            }
        }
        int[] assignment = Nearest.nearestDestination(demandToSupply);
        double[] costToAssigned = Nearest.nthNearestCost(demandToSupply, 1);
        double[] served = new double[m];
        double[] servedCompensation = new double[m];
        double[][] byBand = new double[m][bandUpperBounds.length];
        for (int i = 0; i < n; i++) {
            int j = assignment[i];
            if (j < 0) {
                continue;
            }
            CompensatedSum.add(served, servedCompensation, j, demand[i]);
            int band = band(costToAssigned[i], bandUpperBounds);
            if (band >= 0) {
                byBand[j][band] += demand[i];
            }
        }
        CompensatedSum.finish(served, servedCompensation);
        double[] load = new double[m];
        for (int j = 0; j < m; j++) {
            load[j] = capacity[j] > 0 ? served[j] / capacity[j] : Double.NaN;
        }
        return new Catchments(assignment, costToAssigned, served, load, byBand);
    }

    private static int band(double cost, double[] upperBounds) {
        for (int b = 0; b < upperBounds.length; b++) {
            if (cost <= upperBounds[b]) {
                return b;
            }
        }
        return -1;
    }

    /** Per demand point, its facility, or -1 when none is within reach. */
    public int[] assignment() {
        return assignment.clone();
    }

    /** Per demand point, the cost to its facility, NaN when unassigned. */
    public double[] costToAssigned() {
        return costToAssigned.clone();
    }

    /** Per facility, the demand assigned to it. */
    public double[] demandServed() {
        return demandServed.clone();
    }

    /** Per facility, served demand over capacity; NaN when the capacity is 0. */
    public double[] load() {
        return load.clone();
    }

    /** {@code [facility][band]}: assigned demand by distance band. */
    public double[][] demandByBand() {
        double[][] copy = new double[demandByBand.length][];
        for (int j = 0; j < copy.length; j++) {
            copy[j] = demandByBand[j].clone();
        }
        return copy;
    }
}
