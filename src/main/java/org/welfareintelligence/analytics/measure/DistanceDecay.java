package org.welfareintelligence.analytics.measure;

/**
 * How much something at a travel cost counts, from 1 near by to 0 beyond the cutoff. Implementations must be
 * pure functions of the cost: the measures call them from several threads at once.
 */
public interface DistanceDecay {

    /** The weight at a cost, 0 beyond {@link #cutoff()}. */
    double weight(double cost);

    /** The largest cost that still counts (inclusive). */
    double cutoff();

    /** Weight 1 up to the cutoff (inclusive): the plain 2SFCA catchment. */
    static DistanceDecay none(double cutoff) {
        Inputs.requireCutoff(cutoff);
        return new StepDecay(new double[] {cutoff}, new double[] {1});
    }

    /**
     * Weight {@code weights[k]} for costs in {@code (upperBounds[k-1], upperBounds[k]]}, 0 beyond the last bound,
     * e.g. bounds 1000/2000/3000 m with weights 1/0.68/0.22 (Luo &amp; Qi 2009).
     */
    static DistanceDecay step(double[] upperBounds, double[] weights) {
        return new StepDecay(upperBounds, weights);
    }

    /** {@code exp(-(d/b)^2 / 2)} for {@code d <= cutoff}, 0 beyond. */
    static DistanceDecay gaussian(double bandwidth, double cutoff) {
        return new GaussianDecay(bandwidth, cutoff);
    }
}
