package org.welfareintelligence.analytics.measure;

/** How concentrated a target group is: per km², and relative to its share of the whole city. */
public final class Concentration {

    private Concentration() {
    }

    /** {@code count / areaKm2}; NaN where the area is 0. */
    public static double[] density(double[] count, double[] areaKm2) {
        Inputs.requireAmounts("count", count, count.length);
        Inputs.requireAmounts("areaKm2", areaKm2, count.length);
        double[] density = new double[count.length];
        for (int i = 0; i < count.length; i++) {
            density[i] = areaKm2[i] > 0 ? count[i] / areaKm2[i] : Double.NaN;
        }
        return density;
    }

    /**
     * Location quotient {@code LQ_i = (t_i / P_i) / (Σ t / Σ P)}: above 1 where the target group is
     * over-represented. NaN where the area has no population, or the city has no target people at all.
     */
    public static double[] locationQuotient(double[] targetCount, double[] population) {
        Inputs.requireAmounts("targetCount", targetCount, targetCount.length);
        Inputs.requireAmounts("population", population, targetCount.length);
        double cityShare = CompensatedSum.of(targetCount) / CompensatedSum.of(population);
        double[] quotient = new double[targetCount.length];
        for (int i = 0; i < quotient.length; i++) {
            quotient[i] = population[i] > 0 && cityShare > 0 ? targetCount[i] / population[i] / cityShare : Double.NaN;
        }
        return quotient;
    }
}
