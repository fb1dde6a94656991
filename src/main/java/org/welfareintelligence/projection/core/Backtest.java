package org.welfareintelligence.projection.core;

import java.util.Arrays;

/** Fits on the periods up to a year, projects the later ones and scores the projection against them. */
public final class Backtest {

    /** Mean absolute percentage error and share of outcomes inside the 80 % interval, over areas × later periods. */
    public record Score(Method method, double mape, double coverage, int outcomes) {
    }

    private Backtest() {
    }

    /** Scores {@code method} (null = the default chosen on the fitting window) fitted on periods ≤ {@code lastFitYear}. */
    public static Score run(Series series, int lastFitYear, Method method) {
        int fitted = 0;
        while (fitted < series.periods() && series.years()[fitted] <= lastFitYear) {
            fitted++;
        }
        if (fitted == series.periods()) {
            throw new IllegalArgumentException("no period after " + lastFitYear + " to backtest on");
        }
        int[] later = Arrays.copyOfRange(series.years(), fitted, series.periods());
        Projection projection = Projector.project(series.first(fitted), method, later, null);
        double absolute = 0;
        int scored = 0;
        int inside = 0;
        int outcomes = 0;
        for (int a = 0; a < series.areas(); a++) {
            for (int j = 0; j < later.length; j++) {
                double actual = series.values()[a][fitted + j];
                if (actual != 0) {
                    absolute += Math.abs(actual - projection.value()[a][j]) / Math.abs(actual);
                    scored++;
                }
                if (actual >= projection.lower()[a][j] && actual <= projection.upper()[a][j]) {
                    inside++;
                }
                outcomes++;
            }
        }
        return new Score(projection.method(), absolute / scored, (double) inside / outcomes, outcomes);
    }
}
