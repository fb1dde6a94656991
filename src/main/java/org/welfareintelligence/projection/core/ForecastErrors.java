package org.welfareintelligence.projection.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A method's errors when refitted at every earlier origin of a series and compared with the periods that followed
 * (rolling origin): relative errors (actual − forecast) / forecast by horizon in years, which calibrate the
 * intervals, and absolute percentage errors, whose mean ranks the methods.
 */
public final class ForecastErrors {

    /** Share of outcomes the interval should hold, between the 10th and 90th error percentiles. */
    public static final double LOWER_QUANTILE = 0.10;
    public static final double UPPER_QUANTILE = 0.90;

    private final TreeMap<Integer, double[]> relativeByHorizon;
    private final double mape;

    private ForecastErrors(TreeMap<Integer, double[]> relativeByHorizon, double mape) {
        this.relativeByHorizon = relativeByHorizon;
        this.mape = mape;
    }

    /** Rolling-origin errors of {@code method}; trends are refitted only on windows of two periods or more. */
    public static ForecastErrors of(Method method, Series series) {
        Map<Integer, List<Double>> relative = new TreeMap<>();
        double absolute = 0;
        int count = 0;
        int minimum = method == Method.CONSTANT ? 1 : 2;
        for (int k = minimum; k < series.periods(); k++) {
            Series fit = series.first(k);
            int[] later = Arrays.copyOfRange(series.years(), k, series.periods());
            double[][] forecast = PointForecast.forecast(method, fit, later, null);
            for (int a = 0; a < series.areas(); a++) {
                for (int j = 0; j < later.length; j++) {
                    double actual = series.values()[a][k + j];
                    double predicted = forecast[a][j];
                    if (predicted > 0) {
                        relative.computeIfAbsent(later[j] - fit.lastYear(), h -> new ArrayList<>())
                                .add((actual - predicted) / predicted);
                    }
                    if (actual != 0) {
                        absolute += Math.abs(actual - predicted) / Math.abs(actual);
                        count++;
                    }
                }
            }
        }
        TreeMap<Integer, double[]> sorted = new TreeMap<>();
        relative.forEach((h, errors) -> {
            double[] values = errors.stream().mapToDouble(Double::doubleValue).toArray();
            Arrays.sort(values);
            sorted.put(h, values);
        });
        return new ForecastErrors(sorted, count == 0 ? Double.NaN : absolute / count);
    }

    /** Mean absolute percentage error of the rolling-origin forecasts, NaN when the series is too short. */
    public double mape() {
        return mape;
    }

    public boolean isEmpty() {
        return relativeByHorizon.isEmpty();
    }

    /**
     * The {@code q}-quantile of relative errors at {@code horizon} years: from the nearest backtested horizon not
     * beyond it (else the shortest), scaled by √(horizon / that horizon) as errors of a random walk grow.
     */
    public double quantile(int horizon, double q) {
        Map.Entry<Integer, double[]> entry = relativeByHorizon.floorEntry(horizon);
        if (entry == null) {
            entry = relativeByHorizon.firstEntry();
        }
        return quantile(entry.getValue(), q) * Math.sqrt((double) horizon / entry.getKey());
    }

    /** Linear interpolation between order statistics (R's type 7). */
    static double quantile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
