package org.welfareintelligence.estimates.core;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The census deprivation index of Caranci et al. (2010, Epidemiologia &amp; Prevenzione 34(4):167-176) over the
 * sections of one city: each indicator (a share, or occupants per 100 m²) is standardised against the city's
 * residents, the five z-scores are summed, and the sections are cut into quintiles of population, so that each
 * fifth of the residents lies in one class (1 = least deprived, 5 = most).
 *
 * <p>A section with no residents has no class (0). An indicator whose denominator is zero in a section (no labour
 * force, no dwellings) counts as the city's mean there (z = 0), so one missing figure does not drop the section.
 */
public final class DeprivationIndex {

    /** The indicators, in the order of the rows of the arrays passed in. */
    public enum Indicator { LOW_EDUCATION, UNEMPLOYMENT, RENTED, SINGLE_PARENT, CROWDING }

    public static final int CLASSES = 5;

    /** The index of every section: the sum of z-scores (NaN when unclassified) and the quintile, 1..5 or 0. */
    public record Result(double[] score, int[] quintile) {
    }

    private DeprivationIndex() {
    }

    /**
     * @param numerators   [indicator][section], the people, families or occupants counted by each indicator
     * @param denominators [indicator][section], what each indicator is a share of (for crowding: m² / 100)
     * @param residents    [section], the weights
     * @throws IllegalArgumentException when the arrays do not have one row per indicator and one column per section,
     *                                  or hold negative figures
     */
    public static Result compute(double[][] numerators, double[][] denominators, double[] residents) {
        int sections = residents.length;
        int indicators = Indicator.values().length;
        check(numerators, indicators, sections, "numerators");
        check(denominators, indicators, sections, "denominators");
        for (double r : residents) {
            if (!(r >= 0)) {
                throw new IllegalArgumentException("residents must be 0 or more, not " + r);
            }
        }
        double[] score = new double[sections];
        for (int s = 0; s < sections; s++) {
            score[s] = residents[s] > 0 ? 0 : Double.NaN;
        }
        for (int i = 0; i < indicators; i++) {
            double[] share = new double[sections];
            for (int s = 0; s < sections; s++) {
                share[s] = denominators[i][s] > 0 ? numerators[i][s] / denominators[i][s] : Double.NaN;
            }
            addZScores(share, residents, score);
        }
        return new Result(score, quintiles(score, residents));
    }

    /** Adds each classified section's z-score of {@code share}, the mean and deviation weighted by residents. */
    private static void addZScores(double[] share, double[] residents, double[] score) {
        double weight = 0;
        double sum = 0;
        for (int s = 0; s < share.length; s++) {
            if (!Double.isNaN(score[s]) && !Double.isNaN(share[s])) {
                weight += residents[s];
                sum += residents[s] * share[s];
            }
        }
        if (weight == 0) {
            return;
        }
        double mean = sum / weight;
        double squares = 0;
        for (int s = 0; s < share.length; s++) {
            if (!Double.isNaN(score[s]) && !Double.isNaN(share[s])) {
                squares += residents[s] * (share[s] - mean) * (share[s] - mean);
            }
        }
        double deviation = Math.sqrt(squares / weight);
        if (deviation == 0) {
            return; // the same everywhere: the indicator tells no section from another
        }
        for (int s = 0; s < share.length; s++) {
            if (!Double.isNaN(score[s]) && !Double.isNaN(share[s])) {
                score[s] += (share[s] - mean) / deviation;
            }
        }
    }

    /**
     * Population quintiles: sections in increasing score, each in the fifth of the residents where its own residents'
     * midpoint falls. Sections of equal score share one midpoint, so ties never split across classes.
     */
    static int[] quintiles(double[] score, double[] residents) {
        int sections = score.length;
        Integer[] order = new Integer[sections];
        double total = 0;
        int classified = 0;
        for (int s = 0; s < sections; s++) {
            if (!Double.isNaN(score[s])) {
                order[classified++] = s;
                total += residents[s];
            }
        }
        Integer[] ranked = Arrays.copyOf(order, classified);
        Arrays.sort(ranked, Comparator.comparingDouble(s -> score[s]));
        int[] quintile = new int[sections];
        double before = 0;
        for (int from = 0; from < classified; ) {
            int to = from;
            double tied = 0;
            while (to < classified && score[ranked[to]] == score[ranked[from]]) {
                tied += residents[ranked[to]];
                to++;
            }
            int q = Math.min(CLASSES, 1 + (int) Math.floor(CLASSES * (before + tied / 2) / total));
            for (int k = from; k < to; k++) {
                quintile[ranked[k]] = q;
            }
            before += tied;
            from = to;
        }
        return quintile;
    }

    private static void check(double[][] values, int rows, int columns, String name) {
        if (values.length != rows) {
            throw new IllegalArgumentException(name + " need one row per indicator (" + rows + "), not " + values.length);
        }
        for (double[] row : values) {
            if (row.length != columns) {
                throw new IllegalArgumentException(name + " need one value per section (" + columns + "), not "
                        + row.length);
            }
            for (double v : row) {
                if (!(v >= 0)) {
                    throw new IllegalArgumentException(name + " must be 0 or more, not " + v);
                }
            }
        }
    }
}
