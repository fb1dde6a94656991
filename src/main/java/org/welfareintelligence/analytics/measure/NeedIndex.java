package org.welfareintelligence.analytics.measure;

/** Composite need index: normalised indicators, weighted and summed, with each indicator's contribution. */
public final class NeedIndex {

    public enum Normalisation { MIN_MAX, Z_SCORE, SHARE_OF_MAX }

    public record Result(double[] score, double[][] contribution, int[] rank) {
    }

    public NeedIndex(double[][] indicators, double[] weights, Normalisation normalisation) {
        throw new UnsupportedOperationException();
    }

    public Result solve() { throw new UnsupportedOperationException(); }
}
