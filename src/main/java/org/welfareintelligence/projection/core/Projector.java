package org.welfareintelligence.projection.core;

/** Projects a series to future years with 80 % intervals calibrated on its own backtest errors. */
public final class Projector {

    private Projector() {
    }

    /**
     * Projects {@code series} to {@code targetYears} (each after its last period) with {@code method}, or when it
     * is null with the method of lowest rolling-origin MAPE (ties go to the simpler). {@code total}, optional, is
     * the city total at each target year for SHARE_OF_GROWTH.
     */
    public static Projection project(Series series, Method method, int[] targetYears, double[] total) {
        if (series.periods() < 2) {
            throw new IllegalArgumentException("a projection needs at least 2 periods, got " + series.periods());
        }
        for (int year : targetYears) {
            if (year <= series.lastYear()) {
                throw new IllegalArgumentException("target year " + year + " is not after the last period "
                        + series.lastYear());
            }
        }
        Method[] methods = Method.values();
        ForecastErrors[] errors = new ForecastErrors[methods.length];
        double[] mape = new double[methods.length];
        Method best = Method.CONSTANT;
        for (Method m : methods) {
            errors[m.ordinal()] = ForecastErrors.of(m, series);
            mape[m.ordinal()] = errors[m.ordinal()].mape();
            if (mape[m.ordinal()] < mape[best.ordinal()]) {
                best = m;
            }
        }
        Method chosen = method == null ? best : method;
        // A method that could not be backtested (a trend on two periods) borrows the constant's errors.
        ForecastErrors calibration = errors[chosen.ordinal()].isEmpty() ? errors[Method.CONSTANT.ordinal()]
                : errors[chosen.ordinal()];
        double[][] value = PointForecast.forecast(chosen, series, targetYears, total);
        double[][] lower = new double[series.areas()][targetYears.length];
        double[][] upper = new double[series.areas()][targetYears.length];
        for (int j = 0; j < targetYears.length; j++) {
            int horizon = targetYears[j] - series.lastYear();
            double halfWidth = calibration.isEmpty() ? 0 : calibration.halfWidth(horizon);
            for (int a = 0; a < series.areas(); a++) {
                lower[a][j] = Math.max(0, value[a][j] * (1 - halfWidth));
                upper[a][j] = value[a][j] * (1 + halfWidth);
            }
        }
        return new Projection(chosen, targetYears.clone(), value, lower, upper, mape);
    }
}
