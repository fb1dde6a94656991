package org.welfareintelligence.analytics.measure;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Local Getis–Ord Gi* (Getis &amp; Ord 1992; Ord &amp; Getis 1995) with binary weights, each unit counted in
 * its own neighbourhood. For unit i with neighbourhood N*(i) = N(i) ∪ {i} of size W_i:
 * <pre>
 *   z_i = (Σ_{j∈N*(i)} x_j − x̄ W_i) / (S √((n W_i − W_i²) / (n − 1))),   S² = Σ (x_j − x̄)² / n
 * </pre>
 * Pseudo p-values come from conditional permutation (as PySAL esda {@code G_Local(star=True)}): x_i stays, its
 * |N(i)| neighbours are replaced by values drawn without replacement from the other n − 1 units. The test is
 * folded one-sided: p = (min(#{L' ≥ L}, #{L' ≤ L}) + 1) / (permutations + 1) on the neighbourhood sum L, so
 * ties (islands, constant data) never look significant. Draws for unit i come from the i-th split of one
 * {@link SplittableRandom} seeded by the caller, so results are the same however many threads run.
 */
public final class GetisOrdGiStar {

    /** Two-sided normal critical values at 99, 95 and 90 %, used when no permutations are asked for. */
    private static final double[] CRITICAL_Z = {2.5758293035489004, 1.959963984540054, 1.6448536269514722};
    private static final double[] CONFIDENCE_P = {0.01, 0.05, 0.10};

    /**
     * @param z        the Gi* z-score per unit (NaN when the data are constant, up to rounding noise, or the unit
     *                 neighbours everyone)
     * @param pseudoP  folded one-sided pseudo p-value per unit (NaN when no permutations were run)
     * @param hotCold  3/2/1 hot spot at 99/95/90 % confidence, −3/−2/−1 cold spot, 0 not significant; the sign
     *                 is the sign of z, the level comes from the pseudo p (or from z without permutations)
     */
    public record Result(double[] z, double[] pseudoP, int[] hotCold) {
    }

    private final int[][] neighbours;

    /** @param neighbours per unit, the ids of its neighbours (queen contiguity), symmetric, without itself */
    public GetisOrdGiStar(int[][] neighbours) {
        int n = neighbours.length;
        this.neighbours = new int[n][];
        for (int i = 0; i < n; i++) {
            int[] sorted = neighbours[i].clone();
            Arrays.sort(sorted);
            for (int k = 0; k < sorted.length; k++) {
                int j = sorted[k];
                if (j < 0 || j >= n) {
                    throw new IllegalArgumentException("unit " + i + ": neighbour " + j + " is not in 0.." + (n - 1));
                }
                if (j == i) {
                    throw new IllegalArgumentException("unit " + i + " lists itself as a neighbour");
                }
                if (k > 0 && sorted[k - 1] == j) {
                    throw new IllegalArgumentException("unit " + i + " lists neighbour " + j + " twice");
                }
            }
            this.neighbours[i] = sorted;
        }
        for (int i = 0; i < n; i++) {
            for (int j : this.neighbours[i]) {
                if (Arrays.binarySearch(this.neighbours[j], i) < 0) {
                    throw new IllegalArgumentException("neighbours are not symmetric: " + i + " lists " + j + " but not back");
                }
            }
        }
    }

    public Result solve(double[] x, int permutations, long seed) {
        int n = neighbours.length;
        Inputs.requireLength("x", x, n);
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(x[i])) {
                throw new IllegalArgumentException("x[" + i + "] must be a finite number, got " + x[i]);
            }
        }
        if (permutations < 0) {
            throw new IllegalArgumentException("permutations must not be negative, got " + permutations);
        }
        double mean = CompensatedSum.of(x) / n;
        CompensatedSum squares = new CompensatedSum();
        for (double value : x) {
            squares.add((value - mean) * (value - mean));
        }
        double s = Math.sqrt(squares.value() / n);
        if (Precision.isNoise(s, Precision.magnitude(x))) {
            s = 0; // a field constant up to rounding noise has no hot or cold spot
        }
        double[] z = new double[n];
        double[] lag = new double[n];
        for (int i = 0; i < n; i++) {
            lag[i] = neighbourhoodSum(x, i);
            int w = neighbours[i].length + 1;
            double spread = s * Math.sqrt((double) w * (n - w) / (n - 1));
            z[i] = spread > 0 ? (lag[i] - mean * w) / spread : Double.NaN;
        }
        double[] pseudoP = new double[n];
        Arrays.fill(pseudoP, Double.NaN);
        if (permutations > 0 && n > 1 && s == 0) {
            Arrays.fill(pseudoP, 1.0); // every permutation ties with a constant field
        } else if (permutations > 0 && n > 1) {
            SplittableRandom root = new SplittableRandom(seed);
            SplittableRandom[] streams = new SplittableRandom[n];
            for (int i = 0; i < n; i++) {
                streams[i] = root.split();
            }
            int chunk = Math.max(64, n / 64);
            IntStream.range(0, (n + chunk - 1) / chunk).parallel().forEach(c -> {
                int[] pool = new int[n];
                for (int k = 0; k < n; k++) {
                    pool[k] = k;
                }
                for (int i = c * chunk, end = Math.min(n, i + chunk); i < end; i++) {
                    pseudoP[i] = permutationP(x, i, lag[i], permutations, streams[i], pool);
                }
            });
        }
        int[] hotCold = new int[n];
        for (int i = 0; i < n; i++) {
            hotCold[i] = Double.isNaN(z[i]) ? 0 : (int) Math.signum(z[i]) * confidence(z[i], pseudoP[i]);
        }
        return new Result(z, pseudoP, hotCold);
    }

    private double neighbourhoodSum(double[] x, int i) {
        double sum = x[i];
        for (int j : neighbours[i]) {
            sum += x[j];
        }
        return sum;
    }

    /**
     * Draws |N(i)| of the other units by a partial Fisher–Yates shuffle of {@code pool} (unit i parked at the end
     * and never drawn), then undoes the swaps so the pool is the identity again for the next unit.
     */
    private double permutationP(double[] x, int i, double observed, int permutations, SplittableRandom random, int[] pool) {
        int n = pool.length;
        int k = neighbours[i].length;
        int[] swappedWith = new int[k];
        swap(pool, i, n - 1);
        int atLeast = 0;
        int atMost = 0;
        for (int p = 0; p < permutations; p++) {
            double sum = x[i];
            for (int d = 0; d < k; d++) {
                int pick = d + random.nextInt(n - 1 - d);
                swappedWith[d] = pick;
                swap(pool, d, pick);
                sum += x[pool[d]];
            }
            for (int d = k - 1; d >= 0; d--) {
                swap(pool, d, swappedWith[d]);
            }
            if (sum >= observed) {
                atLeast++;
            }
            if (sum <= observed) {
                atMost++;
            }
        }
        swap(pool, i, n - 1);
        return (Math.min(atLeast, atMost) + 1.0) / (permutations + 1.0);
    }

    private static void swap(int[] values, int a, int b) {
        int value = values[a];
        values[a] = values[b];
        values[b] = value;
    }

    private static int confidence(double z, double pseudoP) {
        for (int level = 0; level < CONFIDENCE_P.length; level++) {
            boolean significant = Double.isNaN(pseudoP) ? Math.abs(z) >= CRITICAL_Z[level] : pseudoP <= CONFIDENCE_P[level];
            if (significant) {
                return 3 - level;
            }
        }
        return 0;
    }
}
