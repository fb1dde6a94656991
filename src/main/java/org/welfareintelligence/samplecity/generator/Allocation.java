package org.welfareintelligence.samplecity.generator;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Integer splits that keep census sub-counts consistent with their totals. */
final class Allocation {

    private Allocation() {
    }

    /** Splits {@code total} into parts proportional to {@code weights} (largest remainder, ties to the lower index). */
    static int[] proportional(int total, double[] weights) {
        int n = weights.length;
        int[] parts = new int[n];
        double sum = Arrays.stream(weights).sum();
        if (total <= 0 || n == 0) {
            return parts;
        }
        double[] w = sum > 0 ? weights : filled(n, 1);
        if (sum <= 0) {
            sum = n;
        }
        double[] remainder = new double[n];
        int given = 0;
        for (int i = 0; i < n; i++) {
            double exact = total * w[i] / sum;
            parts[i] = (int) Math.floor(exact);
            remainder[i] = exact - parts[i];
            given += parts[i];
        }
        while (given < total) {
            int best = 0;
            for (int i = 1; i < n; i++) {
                if (remainder[i] > remainder[best]) {
                    best = i;
                }
            }
            parts[best]++;
            remainder[best] = -1;
            given++;
        }
        return parts;
    }

    /** Like {@link #proportional} but no part exceeds its cap; the total is cut to the sum of the caps. */
    static int[] capped(int total, double[] weights, int[] caps) {
        int n = weights.length;
        int[] parts = new int[n];
        int[] room = caps.clone();
        int remaining = Math.min(total, Arrays.stream(caps).sum());
        while (remaining > 0) {
            double[] w = new double[n];
            boolean anyWeight = false;
            for (int i = 0; i < n; i++) {
                w[i] = room[i] > 0 ? weights[i] : 0;
                anyWeight |= w[i] > 0;
            }
            if (!anyWeight) {
                for (int i = 0; i < n; i++) {
                    w[i] = room[i];
                }
            }
            int[] step = proportional(remaining, w);
            boolean overflow = false;
            for (int i = 0; i < n; i++) {
                if (step[i] > room[i]) {
                    overflow = true;
                }
            }
            if (!overflow) {
                for (int i = 0; i < n; i++) {
                    parts[i] += step[i];
                }
                return parts;
            }
            // saturate the parts that overflow and share the rest among the others
            for (int i = 0; i < n; i++) {
                if (step[i] > room[i]) {
                    parts[i] += room[i];
                    remaining -= room[i];
                    room[i] = 0;
                }
            }
        }
        return parts;
    }

    /** Multiplies each weight by log-normal noise, so sections with the same profile still differ. */
    static double[] jitter(double[] weights, double sigma, SplittableRandom rng) {
        double[] out = new double[weights.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = weights[i] * lognormal(sigma, rng);
        }
        return out;
    }

    static double lognormal(double sigma, SplittableRandom rng) {
        return Math.exp(sigma * gaussian(rng) - sigma * sigma / 2);
    }

    static double gaussian(SplittableRandom rng) {
        // Box-Muller: SplittableRandom has no nextGaussian on Java 17
        double u = 1 - rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextDouble());
    }

    /** Rounds up or down at random in proportion to the fraction, so small expected counts are not always 0. */
    static int stochasticRound(double x, SplittableRandom rng) {
        if (x <= 0) {
            return 0;
        }
        int floor = (int) Math.floor(x);
        return floor + (rng.nextDouble() < x - floor ? 1 : 0);
    }

    static int sum(int[] values) {
        return Arrays.stream(values).sum();
    }

    private static double[] filled(int n, double v) {
        double[] a = new double[n];
        Arrays.fill(a, v);
        return a;
    }
}
