package org.welfareintelligence.analytics.measure;

import java.util.Arrays;

/** A step function of cost: constant weight within each band, bands closed above. */
record StepDecay(double[] upperBounds, double[] weights) implements DistanceDecay {

    StepDecay {
        if (upperBounds.length == 0 || upperBounds.length != weights.length) {
            throw new IllegalArgumentException("step decay needs as many weights as upper bounds (at least one), got "
                    + upperBounds.length + " bounds and " + weights.length + " weights");
        }
        for (int k = 0; k < upperBounds.length; k++) {
            if (!(upperBounds[k] >= 0) || Double.isInfinite(upperBounds[k]) || k > 0 && !(upperBounds[k] > upperBounds[k - 1])) {
                throw new IllegalArgumentException("step upper bounds must be finite, not negative and increasing: "
                        + Arrays.toString(upperBounds));
            }
            if (!(weights[k] >= 0) || Double.isInfinite(weights[k])) {
                throw new IllegalArgumentException("step weights must be finite and not negative: " + Arrays.toString(weights));
            }
        }
        upperBounds = upperBounds.clone();
        weights = weights.clone();
    }

    @Override
    public double weight(double cost) {
        for (int k = 0; k < upperBounds.length; k++) {
            if (cost <= upperBounds[k]) {
                return weights[k];
            }
        }
        return 0;
    }

    @Override
    public double cutoff() {
        return upperBounds[upperBounds.length - 1];
    }

    @Override
    public String toString() {
        return "step " + Arrays.toString(upperBounds) + " -> " + Arrays.toString(weights);
    }
}
