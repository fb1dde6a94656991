package org.welfareintelligence.projection.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A method's errors when refitted at every earlier origin of a series and compared with the periods that followed
 * (rolling origin): absolute relative errors |actual − forecast| / forecast by horizon in years, whose 80th
 * percentile is the half-width of the interval (a conformal interval: symmetric, so that the bias of a short
 * fitting window does not shift it), and absolute percentage errors, whose mean ranks the methods. Every
 * method is scored from the same origins, those with two periods or more; a series of two periods has only the
 * constant's one-period origin.
 */
public final class ForecastErrors {

    /** Share of outcomes the interval should hold. */
    public static final double COVERAGE = 0.80;

    private final TreeMap<Integer, double[]> relativeByHorizon;
    private final double mape;

    private ForecastErrors(TreeMap<Integer, double[]> relativeByHorizon, double mape) {
        this.relativeByHorizon = relativeByHorizon;
        this.mape = mape;
    }

    /** Rolling-origin errors of {@code method}. */
    public static ForecastErrors of(Method method, Series series) {
        Map<Integer, List<Double>> relative = new TreeMap<>();
        double absolute = 0;
        int count = 0;
        int minimum = series.periods() == 2 && method == Method.CONSTANT ? 1 : 2;
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
                                .add(Math.abs(actual - predicted) / predicted);
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
     * The interval's relative half-width at {@code horizon} years: the {@link #COVERAGE} quantile of absolute
     * relative errors at the nearest backtested horizon not beyond it (else the shortest), scaled by
     * √(horizon / that horizon) as the errors of a random walk grow.
     */
    public double halfWidth(int horizon) {
        Map.Entry<Integer, double[]> entry = relativeByHorizon.floorEntry(horizon);
        if (entry == null) {
            entry = relativeByHorizon.firstEntry();
        }
        return quantile(entry.getValue(), COVERAGE) * Math.sqrt((double) horizon / entry.getKey());
    }

    /** Linear interpolation between order statistics (R's type 7). */
    static double quantile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
