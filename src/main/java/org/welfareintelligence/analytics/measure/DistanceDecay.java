package org.welfareintelligence.analytics.measure;

/** How much a facility counts at a travel cost; zero beyond the cutoff. */
public interface DistanceDecay {

    double weight(double cost);

    double cutoff();

    static DistanceDecay none(double cutoff) { throw new UnsupportedOperationException(); }

    static DistanceDecay step(double[] upperBounds, double[] weights) { throw new UnsupportedOperationException(); }

    static DistanceDecay gaussian(double bandwidth, double cutoff) { throw new UnsupportedOperationException(); }
}
