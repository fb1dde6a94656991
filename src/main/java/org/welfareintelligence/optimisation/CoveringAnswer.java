package org.welfareintelligence.optimisation;

import java.util.Arrays;

/** Builds the answer of a maximising covering model from its open sites. */
final class CoveringAnswer {

    private CoveringAnswer() {
    }

    /**
     * Assigns each point to its nearest open site within the radius (or -1), recomputes the covered
     * weight and each site's contribution: the weight no other open site covers.
     */
    static LocationSolution of(LocationData data, double radius, int[] openSites, double upperBound, SolveClock clock, StopReason known, int iterations) {
        int[] sites = openSites.clone();
        Arrays.sort(sites);
        double[] weight = data.weights();
        int[] assignment = new int[weight.length];
        double[] contribution = new double[sites.length];
        double covered = 0;
        for (int i = 0; i < weight.length; i++) {
            int nearest = -1;
            double nearestCost = Double.POSITIVE_INFINITY;
            int within = 0;
            for (int k = 0; k < sites.length; k++) {
                double c = data.costs().cost(i, sites[k]);
                if (c <= radius) {
                    within++;
                    if (c < nearestCost) {
                        nearestCost = c;
                        nearest = k;
                    }
                }
            }
            assignment[i] = nearest < 0 ? -1 : sites[nearest];
            if (nearest >= 0 && weight[i] > 0) {
                covered += weight[i];
                if (within == 1) {
                    contribution[nearest] += weight[i];
                }
            }
        }
        // NaN: proven optimal, the bound is the objective itself
        double upper = Double.isNaN(upperBound) ? covered : Math.max(covered, upperBound);
        double gap = LocationSolution.gap(covered, upper, covered);
        StopReason stop = known != null ? known : clock.stopReason(gap);
        return new LocationSolution(sites, assignment, covered, covered, upper, gap, clock.millis(), stop,
                contribution, iterations);
    }

    /** Whole weights cover whole amounts: an upper bound can be rounded down. */
    static double roundedUpper(LocationData data, double upper) {
        for (double w : data.weights()) {
            if (w != Math.rint(w)) {
                return upper;
            }
        }
        return Math.floor(upper + 1e-6);
    }

    static LocationSolution exact(LocationData data, double radius, ExactModels.Result exact, SolveClock clock) {
        return of(data, radius, exact.openSites(), exact.optimal() ? Double.NaN : exact.bound(), clock,
                exact.stop(), (int) exact.nodes());
    }
}
