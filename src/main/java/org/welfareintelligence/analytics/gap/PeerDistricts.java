package org.welfareintelligence.analytics.gap;

/**
 * Peers of a district: the k districts nearest to it in standardised demographic space (each feature turned
 * into a z-score over all districts, then Euclidean distance). A district's peer benchmark is the pooled rate
 * of its peers, Σ places / Σ target people × 1,000, so districts are judged against others like them rather
 * than against a city average shaped by very different areas.
 */
public final class PeerDistricts {

    private PeerDistricts() {
    }

    /** {@code features[f][u]}; returns, for each unit, the indices of its k nearest other units (ties: lower index). */
    public static int[][] nearest(double[][] features, int k) {
        int units = features.length == 0 ? 0 : features[0].length;
        if (k < 1 || k >= Math.max(units, 2)) {
            throw new IllegalArgumentException("peers must be between 1 and the number of districts - 1 ("
                    + (units - 1) + "), got " + k);
        }
        double[][] z = new double[features.length][];
        for (int f = 0; f < features.length; f++) {
            z[f] = standardise(features[f]);
        }
        int[][] peers = new int[units][k];
        for (int u = 0; u < units; u++) {
            double[] distance = new double[units];
            for (int v = 0; v < units; v++) {
                double sum = 0;
                for (double[] feature : z) {
                    double d = feature[u] - feature[v];
                    sum += d * d;
                }
                distance[v] = v == u ? Double.POSITIVE_INFINITY : sum;
            }
            for (int slot = 0; slot < k; slot++) {
                int best = -1;
                for (int v = 0; v < units; v++) {
                    if (distance[v] != Double.POSITIVE_INFINITY && (best < 0 || distance[v] < distance[best])) {
                        best = v;
                    }
                }
                peers[u][slot] = best;
                distance[best] = Double.POSITIVE_INFINITY;
            }
        }
        return peers;
    }

    /** Places per 1,000 target people over each unit's peers; NaN when the peers have no target people. */
    public static double[] benchmark(int[][] peers, double[] places, double[] people) {
        double[] rate = new double[peers.length];
        for (int u = 0; u < peers.length; u++) {
            double sumPlaces = 0;
            double sumPeople = 0;
            for (int v : peers[u]) {
                sumPlaces += places[v];
                sumPeople += people[v];
            }
            rate[u] = sumPeople > 0 ? sumPlaces / sumPeople * 1000 : Double.NaN;
        }
        return rate;
    }

    /** z-scores; a feature that does not vary contributes 0 everywhere. */
    private static double[] standardise(double[] x) {
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= x.length;
        double variance = 0;
        for (double v : x) {
            variance += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(variance / x.length);
        double[] z = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            z[i] = sd > 0 ? (x[i] - mean) / sd : 0;
        }
        return z;
    }
}
