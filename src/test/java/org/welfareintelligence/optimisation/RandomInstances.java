package org.welfareintelligence.optimisation;

import java.util.SplittableRandom;

/** Small random location instances on a 10 km square, reproducible from a seed. */
final class RandomInstances {

    private RandomInstances() {
    }

    /** n demand points with whole weights 1..9 and m candidate sites, Euclidean costs in metres (dense). */
    static LocationData instance(long seed, int n, int m) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] dx = new double[n];
        double[] dy = new double[n];
        double[] weight = new double[n];
        for (int i = 0; i < n; i++) {
            dx[i] = random.nextInt(10_000);
            dy[i] = random.nextInt(10_000);
            weight[i] = 1 + random.nextInt(9);
        }
        double[] sx = new double[m];
        double[] sy = new double[m];
        for (int j = 0; j < m; j++) {
            sx[j] = random.nextInt(10_000);
            sy[j] = random.nextInt(10_000);
        }
        return LocationData.allSites(DenseCostMatrix.euclidean(dx, dy, sx, sy), weight);
    }
}
