package org.welfareintelligence.analytics.measure;

/** Local Getis–Ord Gi* (self included, binary weights) with conditional-permutation pseudo p-values. */
public final class GetisOrdGiStar {

    public record Result(double[] z, double[] pseudoP, int[] hotCold) {
    }

    public GetisOrdGiStar(int[][] neighbours) {
        throw new UnsupportedOperationException();
    }

    public Result solve(double[] x, int permutations, long seed) { throw new UnsupportedOperationException(); }
}
