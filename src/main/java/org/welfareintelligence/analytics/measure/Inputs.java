package org.welfareintelligence.analytics.measure;

/** Checks on caller arrays, failing with a message that names the array and the element. */
final class Inputs {

    private Inputs() {
    }

    static void requireLength(String name, double[] values, int length) {
        if (values.length != length) {
            throw new IllegalArgumentException(name + " must have " + length + " values, got " + values.length);
        }
    }

    /** Length as given and every value finite and not negative (people, places, capacities). */
    static void requireAmounts(String name, double[] values, int length) {
        requireLength(name, values, length);
        for (int k = 0; k < values.length; k++) {
            if (!(values[k] >= 0) || Double.isInfinite(values[k])) {
                throw new IllegalArgumentException(name + "[" + k + "] must be finite and not negative, got " + values[k]);
            }
        }
    }

    static void requireCutoff(double cutoff) {
        if (!(cutoff >= 0) || Double.isInfinite(cutoff)) {
            throw new IllegalArgumentException("cutoff must be a finite number not below 0, got " + cutoff);
        }
    }
}
