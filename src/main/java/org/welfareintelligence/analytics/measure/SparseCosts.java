package org.welfareintelligence.analytics.measure;

/** Travel costs from origins to destinations within a cutoff, stored as compressed rows by origin (CSR). */
public final class SparseCosts {

    public static SparseCosts fromTriples(int origins, int destinations, int[] origin, int[] destination, double[] cost) {
        throw new UnsupportedOperationException();
    }

    public int origins() { throw new UnsupportedOperationException(); }
    public int destinations() { throw new UnsupportedOperationException(); }
    public int pairs() { throw new UnsupportedOperationException(); }
    public int rowStart(int origin) { throw new UnsupportedOperationException(); }
    public int rowEnd(int origin) { throw new UnsupportedOperationException(); }
    public int destination(int k) { throw new UnsupportedOperationException(); }
    public double cost(int k) { throw new UnsupportedOperationException(); }
    public SparseCosts transpose() { throw new UnsupportedOperationException(); }
    public SparseCosts within(double cutoff) { throw new UnsupportedOperationException(); }
}
