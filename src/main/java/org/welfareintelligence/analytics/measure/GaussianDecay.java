package org.welfareintelligence.analytics.measure;

/** Gaussian decay {@code exp(-(d/b)^2 / 2)}, cut off at a maximum cost. */
record GaussianDecay(double bandwidth, double cutoff) implements DistanceDecay {

    GaussianDecay {
        if (!(bandwidth > 0) || Double.isInfinite(bandwidth)) {
            throw new IllegalArgumentException("gaussian bandwidth must be a positive number, got " + bandwidth);
        }
        if (!(cutoff >= 0) || Double.isInfinite(cutoff)) {
            throw new IllegalArgumentException("gaussian cutoff must be a finite number not below 0, got " + cutoff);
        }
    }

    @Override
    public double weight(double cost) {
        if (cost > cutoff) {
            return 0;
        }
        double scaled = cost / bandwidth;
        return Math.exp(-scaled * scaled / 2);
    }
}
