package org.welfareintelligence.projection.core;

import java.util.Arrays;

/**
 * Observed values of several areas over the same periods: {@code values[area][period]} at {@code years}
 * (strictly increasing, gaps allowed, e.g. census years 2011, 2016, 2021). A projection needs two periods or
 * more; a backtest's fitting window may have one.
 */
public record Series(int[] years, double[][] values) {

    public Series {
        if (years.length < 1) {
            throw new IllegalArgumentException("a series needs at least one period");
        }
        for (int t = 1; t < years.length; t++) {
            if (years[t] <= years[t - 1]) {
                throw new IllegalArgumentException("years must increase: " + Arrays.toString(years));
            }
        }
        for (double[] row : values) {
            if (row.length != years.length) {
                throw new IllegalArgumentException("every area needs a value for each of the " + years.length
                        + " periods");
            }
        }
    }

    public int areas() {
        return values.length;
    }

    public int periods() {
        return years.length;
    }

    public int lastYear() {
        return years[years.length - 1];
    }

    /** The first {@code periods} periods only (a backtest's fitting window). */
    public Series first(int periods) {
        double[][] head = new double[values.length][];
        for (int a = 0; a < values.length; a++) {
            head[a] = Arrays.copyOf(values[a], periods);
        }
        return new Series(Arrays.copyOf(years, periods), head);
    }

    /** The sum over areas in each period (the city total). */
    public double[] total() {
        double[] total = new double[years.length];
        for (double[] row : values) {
            for (int t = 0; t < row.length; t++) {
                total[t] += row[t];
            }
        }
        return total;
    }
}
