package org.welfareintelligence.analytics.measure;

/** Nearest-centre allocation of demand, with demand by distance band and load against capacity. */
public final class Catchments {

    public static Catchments allocate(SparseCosts demandToSupply, double[] demand, double[] capacity, double[] bandUpperBounds) {
        throw new UnsupportedOperationException();
    }

    public int[] assignment() { throw new UnsupportedOperationException(); }
    public double[] costToAssigned() { throw new UnsupportedOperationException(); }
    public double[] demandServed() { throw new UnsupportedOperationException(); }
    public double[] load() { throw new UnsupportedOperationException(); }
    public double[][] demandByBand() { throw new UnsupportedOperationException(); }
}
