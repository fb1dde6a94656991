package org.welfareintelligence.analytics.measure;

import java.util.Arrays;

/**
 * Composite need index: each indicator is normalised across units, multiplied by its weight (weights are
 * rescaled to sum to 1) and summed. {@code contribution[u][k]} is indicator k's part of unit u's score, so the
 * contributions of a unit add up to its score. Rank 1 is the highest score (greatest need); equal scores share
 * the best rank of their group (1, 2, 2, 4). An indicator whose values differ only by rounding noise is
 * constant ({@link Precision}): it adds the same to every unit and separates none.
 */
public final class NeedIndex {

    public enum Normalisation {
        /** {@code (x − min) / (max − min)}, 0 for every unit when all are equal. */
        MIN_MAX,
        /** {@code (x − mean) / sd} with the population standard deviation, 0 when all are equal. */
        Z_SCORE,
        /** {@code x / max}, 0 for every unit when all are equal or the maximum is not positive. */
        SHARE_OF_MAX
    }

    /** @param score per unit; contribution {@code [unit][indicator]}; rank per unit (1 = greatest need) */
    public record Result(double[] score, double[][] contribution, int[] rank) {
    }

    private final double[][] indicators;
    private final double[] weights;
    private final Normalisation normalisation;

    /** @param indicators {@code [indicator][unit]}, finite values; @param weights one per indicator, not negative */
    public NeedIndex(double[][] indicators, double[] weights, Normalisation normalisation) {
        if (indicators.length == 0) {
            throw new IllegalArgumentException("need index needs at least one indicator");
        }
        Inputs.requireAmounts("weights", weights, indicators.length);
        double weightTotal = CompensatedSum.of(weights);
        if (!(weightTotal > 0)) {
            throw new IllegalArgumentException("at least one indicator weight must be positive");
        }
        int units = indicators[0].length;
        for (int k = 0; k < indicators.length; k++) {
            Inputs.requireLength("indicator " + k, indicators[k], units);
            for (int u = 0; u < units; u++) {
                if (!Double.isFinite(indicators[k][u])) {
                    throw new IllegalArgumentException("indicator " + k + ", unit " + u + " is not a finite number: "
                            + indicators[k][u]);
                }
            }
        }
        this.indicators = indicators;
        this.weights = Arrays.stream(weights).map(w -> w / weightTotal).toArray();
        this.normalisation = normalisation;
    }

    public Result solve() {
        int units = indicators[0].length;
        double[][] contribution = new double[units][indicators.length];
        for (int k = 0; k < indicators.length; k++) {
            double[] normalised = normalise(indicators[k]);
            for (int u = 0; u < units; u++) {
                contribution[u][k] = weights[k] * normalised[u];
            }
        }
        double[] score = new double[units];
        for (int u = 0; u < units; u++) {
            score[u] = CompensatedSum.of(contribution[u]);
        }
        return new Result(score, contribution, Precision.descendingRanks(score));
    }

    private double[] normalise(double[] values) {
        double min = Arrays.stream(values).min().orElse(0);
        double max = Arrays.stream(values).max().orElse(0);
        double magnitude = Precision.magnitude(values);
        if (Precision.isNoise(max - min, magnitude)) {
            // a constant field (up to rounding noise) tells nothing about where need is
            return new double[values.length];
        }
        return switch (normalisation) {
            case MIN_MAX -> Arrays.stream(values).map(v -> (v - min) / (max - min)).toArray();
            case SHARE_OF_MAX -> Arrays.stream(values).map(v -> max > 0 ? v / max : 0).toArray();
            case Z_SCORE -> {
                double mean = CompensatedSum.of(values) / values.length;
                double sd = Math.sqrt(CompensatedSum.of(Arrays.stream(values).map(v -> (v - mean) * (v - mean)).toArray())
                        / values.length);
                yield Arrays.stream(values).map(v -> (v - mean) / sd).toArray();
            }
        };
    }
}
