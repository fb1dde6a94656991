package org.welfareintelligence.projection.core;

/**
 * Census age bands of equal width shifting with time: the people of a band are, one band-width later, the
 * survivors in the next band (the last band is open and keeps its own survivors). With bands 65–74 and 75+ and a
 * width of 10 years, the 75+ of 2031 are the surviving 65–74 and 75+ of 2021. The first band's entrants stay at
 * its current size unless given. Years between steps are interpolated linearly.
 */
public final class CohortAgeing {

    /**
     * Default ten-year survival of 65–74 (into 75–84) and of the open 75+ band, both sexes: approximate ratios of
     * person-years in ISTAT's life tables (Tavole di mortalità della popolazione residente, demo.istat.it; Lombardy,
     * about 2019), ΣL(75–84) / ΣL(65–74) ≈ 0.80 and T(85) / T(75) ≈ 0.33. Pass the rates of the current table.
     */
    public static final double[] LOMBARDY_SURVIVAL_65_74_AND_75_PLUS = {0.80, 0.33};

    private CohortAgeing() {
    }

    /**
     * Band counts {@code [band][target]} of an area at {@code yearsAhead} from its counts {@code bands} now.
     *
     * @param survival  chance of surviving one band width, per band (the last for the open band)
     * @param entrants  people entering the first band each step, or null to keep it at its current size
     * @param bandWidth years per band and per step
     */
    public static double[][] project(double[] bands, double[] survival, Double entrants, int bandWidth,
                                     int[] yearsAhead) {
        if (bands.length < 2) {
            throw new IllegalArgumentException("cohort ageing needs at least 2 age bands");
        }
        if (survival.length != bands.length) {
            throw new IllegalArgumentException("one survival rate per age band is needed: " + bands.length
                    + " bands, " + survival.length + " rates");
        }
        for (double s : survival) {
            if (s < 0 || s > 1) {
                throw new IllegalArgumentException("survival rate " + s + " is not between 0 and 1");
            }
        }
        int steps = 0;
        for (int h : yearsAhead) {
            steps = Math.max(steps, (h + bandWidth - 1) / bandWidth);
        }
        double[][] byStep = new double[steps + 1][];
        byStep[0] = bands.clone();
        int last = bands.length - 1;
        for (int s = 1; s <= steps; s++) {
            double[] before = byStep[s - 1];
            double[] after = new double[bands.length];
            after[0] = entrants == null ? bands[0] : entrants;
            for (int b = 1; b <= last; b++) {
                after[b] = survival[b - 1] * before[b - 1];
            }
            after[last] += survival[last] * before[last];
            byStep[s] = after;
        }
        double[][] result = new double[bands.length][yearsAhead.length];
        for (int j = 0; j < yearsAhead.length; j++) {
            int step = yearsAhead[j] / bandWidth;
            double fraction = (double) (yearsAhead[j] % bandWidth) / bandWidth;
            for (int b = 0; b < bands.length; b++) {
                double from = byStep[step][b];
                double to = fraction == 0 ? from : byStep[step + 1][b];
                result[b][j] = from + fraction * (to - from);
            }
        }
        return result;
    }
}
