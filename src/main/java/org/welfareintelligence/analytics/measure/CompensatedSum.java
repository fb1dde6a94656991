package org.welfareintelligence.analytics.measure;

/**
 * Neumaier's compensated summation: the running error of each addition is kept and added back at the end,
 * so sums of many terms of mixed size stay exact to the last digit or two whatever their order.
 */
final class CompensatedSum {

    private double sum;
    private double compensation;

    void add(double value) {
        double total = sum + value;
        compensation += Math.abs(sum) >= Math.abs(value) ? (sum - total) + value : (value - total) + sum;
        sum = total;
    }

    double value() {
        return sum + compensation;
    }

    /** Adds {@code value} to element {@code k} of a sum array with its own compensation array. */
    static void add(double[] sums, double[] compensations, int k, double value) {
        double sum = sums[k];
        double total = sum + value;
        compensations[k] += Math.abs(sum) >= Math.abs(value) ? (sum - total) + value : (value - total) + sum;
        sums[k] = total;
    }

    /** Folds each compensation into its sum. */
    static void finish(double[] sums, double[] compensations) {
        for (int k = 0; k < sums.length; k++) {
            sums[k] += compensations[k];
        }
    }

    static double of(double[] values) {
        CompensatedSum sum = new CompensatedSum();
        for (double value : values) {
            sum.add(value);
        }
        return sum.value();
    }
}
