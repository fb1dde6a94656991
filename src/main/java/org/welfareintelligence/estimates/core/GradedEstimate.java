package org.welfareintelligence.estimates.core;

/**
 * A flat-rate estimate (a national rate × a census base, the same rate everywhere) graded by deprivation: each
 * section's flat figure times the relative risk of its deprivation class raised to a strength, then all scaled by
 * one factor so that the city total stays exactly the published rate × the city's base.
 *
 * <p>Strength 1 is the assumed gradient; the 80 % interval of a section is the range of the estimates at strengths
 * {@link #WEAK} and {@link #STRONG} and at 1 (the gradient's log relative risks taken half as steep and half again
 * as steep, an assumption documented in docs/taxonomy.md). Because every strength keeps the city total, the interval
 * of any sum of sections is the range of the sums, and the city's interval is the published total itself.
 */
public final class GradedEstimate {

    public static final double WEAK = 0.5;
    public static final double STRONG = 1.5;

    private GradedEstimate() {
    }

    /**
     * @param flat         per section, the flat-rate figure (rate × base), 0 or more
     * @param quintile     per section, its deprivation class 1..5, or 0 when it has none (relative risk 1)
     * @param relativeRisk by class 1..5 (index 0 is class 1), each positive
     * @param strength     the power the relative risks are raised to (1: as assumed)
     * @return per section, the graded figure; their sum equals the sum of {@code flat}
     * @throws IllegalArgumentException for mismatched arrays, negative figures, unknown classes or risks not positive
     */
    public static double[] grade(double[] flat, int[] quintile, double[] relativeRisk, double strength) {
        if (flat.length != quintile.length) {
            throw new IllegalArgumentException("one class per section: " + flat.length + " figures, "
                    + quintile.length + " classes");
        }
        if (relativeRisk.length != DeprivationIndex.CLASSES) {
            throw new IllegalArgumentException("one relative risk per class (" + DeprivationIndex.CLASSES + "), not "
                    + relativeRisk.length);
        }
        double[] risk = new double[DeprivationIndex.CLASSES + 1];
        risk[0] = 1;
        for (int q = 0; q < relativeRisk.length; q++) {
            if (!(relativeRisk[q] > 0)) {
                throw new IllegalArgumentException("relative risks must be positive, not " + relativeRisk[q]);
            }
            risk[q + 1] = Math.pow(relativeRisk[q], strength);
        }
        double flatTotal = 0;
        double gradedTotal = 0;
        double[] graded = new double[flat.length];
        for (int s = 0; s < flat.length; s++) {
            if (!(flat[s] >= 0)) {
                throw new IllegalArgumentException("figures must be 0 or more, not " + flat[s]);
            }
            if (quintile[s] < 0 || quintile[s] > DeprivationIndex.CLASSES) {
                throw new IllegalArgumentException("unknown deprivation class " + quintile[s]);
            }
            graded[s] = flat[s] * risk[quintile[s]];
            flatTotal += flat[s];
            gradedTotal += graded[s];
        }
        if (gradedTotal == 0) {
            return flat.clone();
        }
        double calibration = flatTotal / gradedTotal;
        for (int s = 0; s < graded.length; s++) {
            graded[s] *= calibration;
        }
        return graded;
    }
}
