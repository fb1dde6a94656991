package org.welfareintelligence.analytics.accessibility;

import org.welfareintelligence.analytics.measure.DistanceDecay;

/**
 * The parameters of an accessibility method as a request gives them, checked: cutoff (> 0), step weights
 * written {@code 1000:1,2000:0.68,3000:0.22} (upper bound : weight, bounds increasing, weights in [0, 1]),
 * Gaussian bandwidth (> 0) and n for the n-th nearest facility (>= 1).
 */
public record DecayParameters(AccessibilityMethod method, double cutoff, double[] stepBounds, double[] stepWeights,
                              double bandwidth, int n) {

    /** Luo and Qi's three bands at a third, two thirds and all of the cutoff. */
    private static final double[] DEFAULT_STEP_WEIGHTS = {1.0, 0.68, 0.22};

    public static DecayParameters of(AccessibilityMethod method, double cutoff, String steps, Double bandwidth, int n) {
        if (!(cutoff > 0) || Double.isInfinite(cutoff)) {
            throw new IllegalArgumentException("cutoff must be a positive number, got " + cutoff);
        }
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, got " + n);
        }
        double[] bounds;
        double[] weights;
        if (steps == null || steps.isBlank()) {
            bounds = new double[] {cutoff / 3, 2 * cutoff / 3, cutoff};
            weights = DEFAULT_STEP_WEIGHTS.clone();
        } else {
            String[] parts = steps.split(",");
            bounds = new double[parts.length];
            weights = new double[parts.length];
            for (int k = 0; k < parts.length; k++) {
                String[] pair = parts[k].split(":");
                if (pair.length != 2) {
                    throw new IllegalArgumentException("steps: '" + parts[k] + "' is not upperBound:weight");
                }
                bounds[k] = number("steps", pair[0]);
                weights[k] = number("steps", pair[1]);
                if (weights[k] < 0 || weights[k] > 1) {
                    throw new IllegalArgumentException("steps: weight " + pair[1] + " is not between 0 and 1");
                }
                if (bounds[k] <= 0 || (k > 0 && bounds[k] <= bounds[k - 1])) {
                    throw new IllegalArgumentException("steps: upper bounds must be positive and increasing");
                }
            }
            if (bounds[bounds.length - 1] > cutoff) {
                throw new IllegalArgumentException("steps: the last upper bound " + bounds[bounds.length - 1]
                        + " is beyond the cutoff " + cutoff);
            }
        }
        double width = bandwidth == null ? cutoff / 3 : bandwidth;
        if (!(width > 0)) {
            throw new IllegalArgumentException("bandwidth must be a positive number, got " + bandwidth);
        }
        return new DecayParameters(method, cutoff, bounds, weights, width, n);
    }

    public DistanceDecay decay() {
        return switch (method) {
            case E2SFCA_STEP -> DistanceDecay.step(stepBounds, stepWeights);
            case E2SFCA_GAUSSIAN -> DistanceDecay.gaussian(bandwidth, cutoff);
            default -> DistanceDecay.none(cutoff);
        };
    }

    private static double number(String parameter, String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(parameter + ": '" + text.trim() + "' is not a number");
        }
    }
}
