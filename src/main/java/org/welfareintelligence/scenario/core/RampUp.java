package org.welfareintelligence.scenario.core;

/**
 * Logistic uptake of a new centre: {@code f(t) = 1 / (1 + exp(-k (t - R/2)))} with {@code k = 8 / R}, rescaled
 * so that it starts at 0 on opening, {@code g(t) = (f(t) - f(0)) / (1 - f(0))}, and full (1) from {@code R}
 * months on. R = 0 means full operation at once. A year's places are those of mid-year (6 months into it).
 */
public final class RampUp {

    /** Share of full operation a centre must reach to count as run in. */
    public static final double RUN_IN = 0.9;

    private RampUp() {
    }

    /** Share of full operation {@code months} after opening, for a ramp-up of {@code rampUpMonths}. */
    public static double share(double months, int rampUpMonths) {
        if (months < 0) {
            return 0;
        }
        if (rampUpMonths <= 0 || months >= rampUpMonths) {
            return 1;
        }
        double k = 8.0 / rampUpMonths;
        double start = logistic(0, k, rampUpMonths);
        return (logistic(months, k, rampUpMonths) - start) / (1 - start);
    }

    /** Months after opening at which the centre reaches {@link #RUN_IN} of full operation (0 for no ramp-up). */
    public static double monthsToRunIn(int rampUpMonths) {
        if (rampUpMonths <= 0) {
            return 0;
        }
        double k = 8.0 / rampUpMonths;
        double start = logistic(0, k, rampUpMonths);
        double p = RUN_IN * (1 - start) + start;
        return rampUpMonths / 2.0 + Math.log(p / (1 - p)) / k;
    }

    /** Share of full operation in {@code year} of a centre opened at the start of {@code openingYear}. */
    public static double shareInYear(int year, int openingYear, int rampUpMonths) {
        return share((year - openingYear) * 12.0 + 6, rampUpMonths);
    }

    private static double logistic(double months, double k, int rampUpMonths) {
        return 1 / (1 + Math.exp(-k * (months - rampUpMonths / 2.0)));
    }
}
