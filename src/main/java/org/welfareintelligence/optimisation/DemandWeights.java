package org.welfareintelligence.optimisation;

/** Builds one demand weight vector out of several targets (e.g. people over 75 and children under 3). */
public final class DemandWeights {

    private DemandWeights() {
    }

    /**
     * {@code result[i] = Σ_k factors[k] × targets[k][i]}: each target's demand, scaled by how much it
     * matters. Factors and values must be finite and non-negative.
     */
    public static double[] combine(double[][] targets, double[] factors) {
        if (targets == null || targets.length == 0) {
            throw new IllegalArgumentException("at least one target is needed");
        }
        if (factors == null || factors.length != targets.length) {
            throw new IllegalArgumentException("one factor per target is needed: " + targets.length + " targets, "
                    + (factors == null ? "no" : factors.length) + " factors");
        }
        int n = targets[0].length;
        double[] combined = new double[n];
        for (int k = 0; k < targets.length; k++) {
            if (targets[k].length != n) {
                throw new IllegalArgumentException("target " + k + " has " + targets[k].length
                        + " demand values, target 0 has " + n);
            }
            if (!(factors[k] >= 0) || Double.isInfinite(factors[k])) {
                throw new IllegalArgumentException("factor of target " + k + " must be finite and non-negative, got "
                        + factors[k]);
            }
            for (int i = 0; i < n; i++) {
                double value = targets[k][i];
                if (!(value >= 0) || Double.isInfinite(value)) {
                    throw new IllegalArgumentException("target " + k + ", demand point " + i
                            + ": value must be finite and non-negative, got " + value);
                }
                combined[i] += factors[k] * value;
            }
        }
        return combined;
    }
}
