package org.welfareintelligence.projection.core;

/**
 * Projected values {@code [area][target year]} with their 80 % interval, by {@code method}; {@code mape} holds
 * each method's rolling-origin error on the fitted series (index = ordinal, NaN when it could not be backtested).
 */
public record Projection(Method method, int[] years, double[][] value, double[][] lower, double[][] upper,
                         double[] mape) {
}
