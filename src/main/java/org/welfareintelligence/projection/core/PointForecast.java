package org.welfareintelligence.projection.core;

/** Point forecasts of every area of a series at future years, by one {@link Method}. */
public final class PointForecast {

    /**
     * Share of last year's trend kept each further year: the trend added over h years is
     * slope × (φ + φ² + … + φʰ), so it never exceeds 9 × the yearly slope however far ahead (φ = 0.9).
     */
    public static final double DAMPING = 0.9;

    /** Below this share of the last total, the total's growth is too small to share out and areas keep their share. */
    static final double NEGLIGIBLE_GROWTH = 0.01;

    private PointForecast() {
    }

    /**
     * {@code [area][target]} forecasts at {@code targetYears} (each after the last period). {@code total}, when not
     * null, is the city total at each target year for SHARE_OF_GROWTH; otherwise the total's damped trend is used.
     */
    public static double[][] forecast(Method method, Series series, int[] targetYears, double[] total) {
        double[][] result = new double[series.areas()][];
        switch (method) {
            case CONSTANT -> {
                for (int a = 0; a < series.areas(); a++) {
                    result[a] = new double[targetYears.length];
                    java.util.Arrays.fill(result[a], last(series.values()[a]));
                }
            }
            case DAMPED_TREND -> {
                for (int a = 0; a < series.areas(); a++) {
                    result[a] = dampedTrend(series.years(), series.values()[a], targetYears);
                }
            }
            case SHARE_OF_GROWTH -> shareOfGrowth(series, targetYears, total, result);
        }
        return result;
    }

    /** Last value plus the least-squares slope over all periods, damped by {@link #DAMPING} per year ahead. */
    static double[] dampedTrend(int[] years, double[] values, int[] targetYears) {
        double slope = slope(years, values);
        double lastValue = last(values);
        int lastYear = years[years.length - 1];
        double[] forecast = new double[targetYears.length];
        for (int j = 0; j < targetYears.length; j++) {
            int h = targetYears[j] - lastYear;
            double dampedYears = DAMPING * (1 - Math.pow(DAMPING, h)) / (1 - DAMPING);
            forecast[j] = Math.max(0, lastValue + slope * dampedYears);
        }
        return forecast;
    }

    /**
     * Each area's value moves by its share of the total's growth over the series, (last − first) / (total's last −
     * first), so the areas add up to the projected total; when the total barely moved, each area keeps its share
     * of the last total instead. Values are not allowed below zero.
     */
    private static void shareOfGrowth(Series series, int[] targetYears, double[] total, double[][] result) {
        double[] observedTotal = series.total();
        double lastTotal = last(observedTotal);
        double growth = lastTotal - observedTotal[0];
        double[] projectedTotal = total != null ? total : dampedTrend(series.years(), observedTotal, targetYears);
        boolean shareGrowth = Math.abs(growth) >= NEGLIGIBLE_GROWTH * Math.abs(lastTotal);
        for (int a = 0; a < series.areas(); a++) {
            double[] row = series.values()[a];
            double lastValue = last(row);
            double share = shareGrowth ? (lastValue - row[0]) / growth : lastTotal == 0 ? 0 : lastValue / lastTotal;
            result[a] = new double[targetYears.length];
            for (int j = 0; j < targetYears.length; j++) {
                double value = shareGrowth ? lastValue + share * (projectedTotal[j] - lastTotal)
                        : share * projectedTotal[j];
                result[a][j] = Math.max(0, value);
            }
        }
    }

    /** Ordinary least-squares slope of values on years (0 for a single period). */
    static double slope(int[] years, double[] values) {
        int n = years.length;
        double meanYear = 0;
        double meanValue = 0;
        for (int t = 0; t < n; t++) {
            meanYear += years[t];
            meanValue += values[t];
        }
        meanYear /= n;
        meanValue /= n;
        double covariance = 0;
        double variance = 0;
        for (int t = 0; t < n; t++) {
            covariance += (years[t] - meanYear) * (values[t] - meanValue);
            variance += (years[t] - meanYear) * (years[t] - meanYear);
        }
        return variance == 0 ? 0 : covariance / variance;
    }

    private static double last(double[] values) {
        return values[values.length - 1];
    }
}
