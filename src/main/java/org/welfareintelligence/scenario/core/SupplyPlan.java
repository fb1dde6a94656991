package org.welfareintelligence.scenario.core;

import java.util.Comparator;
import java.util.List;

/**
 * Places in force per year and centre once a scenario's changes are applied to the base supply. Nominal places
 * are worked out first (changes in year order, in list order within a year: an opening sets them, a resize adds
 * to them down to 0, a closure zeroes them for good); a centre the scenario opens then has them scaled by its
 * logistic ramp-up ({@link RampUp}).
 */
public final class SupplyPlan {

    private SupplyPlan() {
    }

    /**
     * @param years      the horizon, increasing
     * @param basePlaces {@code [year][centre]} places in force without the scenario (0 for centres it opens)
     * @return {@code [year][centre]} places in force with the changes
     */
    public static double[][] places(int[] years, double[][] basePlaces, List<CentreChange> changes) {
        int centres = basePlaces.length == 0 ? 0 : basePlaces[0].length;
        List<CentreChange> ordered = changes.stream().sorted(Comparator.comparingInt(CentreChange::year)).toList();
        double[][] places = new double[years.length][];
        double[] delta = new double[centres];
        boolean[] closed = new boolean[centres];
        int[] openedIn = new int[centres];
        int[] rampUp = new int[centres];
        java.util.Arrays.fill(openedIn, Integer.MIN_VALUE);
        int next = 0;
        for (int t = 0; t < years.length; t++) {
            while (next < ordered.size() && ordered.get(next).year() <= years[t]) {
                CentreChange change = ordered.get(next++);
                int c = change.centre();
                if (c >= centres) {
                    throw new IllegalArgumentException("change of centre " + c + " but there are " + centres);
                }
                switch (change.kind()) {
                    case OPEN -> {
                        delta[c] += change.places();
                        closed[c] = false;
                        openedIn[c] = change.year();
                        rampUp[c] = change.rampUpMonths();
                    }
                    case CLOSE -> closed[c] = true;
                    case RESIZE -> delta[c] += change.places();
                }
            }
            places[t] = new double[centres];
            for (int c = 0; c < centres; c++) {
                double nominal = closed[c] ? 0 : Math.max(0, basePlaces[t][c] + delta[c]);
                double ramp = openedIn[c] == Integer.MIN_VALUE ? 1 : RampUp.shareInYear(years[t], openedIn[c], rampUp[c]);
                places[t][c] = nominal * ramp;
            }
        }
        return places;
    }
}
