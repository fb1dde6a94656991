package org.welfareintelligence.optimisation;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * City-scale runs on synthetic data with a Milan-like extent (18 km × 16 km, metric coordinates):
 * demand points clustered around 30 seeded neighbourhood centres plus a uniform background, weights
 * 1–300 people, candidate sites drawn the same way, straight-line costs computed on the fly
 * ({@link EuclideanCostMatrix}). Arguments: {@code demands sites p timeLimitSeconds [longRunSeconds]
 * [radiusMetres]}; defaults 6000 6000 20 5. With a long run, the default-limit answer is compared with
 * the best of a long search; with a radius, maximal covering is timed too.
 */
public final class CityScaleBenchmark {

    private static final double WIDTH = 18_000;
    private static final double HEIGHT = 16_000;

    private CityScaleBenchmark() {
    }

    public static void main(String[] args) {
        int demands = args.length > 0 ? Integer.parseInt(args[0]) : 6_000;
        int sites = args.length > 1 ? Integer.parseInt(args[1]) : 6_000;
        int p = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        long limitSeconds = args.length > 3 ? Long.parseLong(args[3]) : 5;
        long longRunSeconds = args.length > 4 ? Long.parseLong(args[4]) : 0;
        double radius = args.length > 5 ? Double.parseDouble(args[5]) : 0;

        LocationData data = syntheticCity(demands, sites);
        System.out.printf(Locale.ROOT, "%,d demand points x %,d candidate sites, p = %d, %d threads, %.0f MB heap max%n",
                demands, sites, p, SolveControl.defaults().threads(), Runtime.getRuntime().maxMemory() / 1e6);

        SolveControl control = SolveControl.defaults().withTimeLimit(limitSeconds * 1_000).withTargetGap(1e-4);
        LocationSolution solution = new PMedian(data, p).solve(control);
        print("p-median, " + limitSeconds + " s limit", solution);
        if (longRunSeconds > 0) {
            LocationSolution best = new PMedian(data, p).solve(SolveControl.defaults()
                    .withTimeLimit(longRunSeconds * 1_000).withIterationLimit(20_000).withTargetGap(0));
            print("p-median, long run (" + longRunSeconds + " s limit, 20,000 rounds)", best);
            System.out.printf(Locale.ROOT, "short run above the long run's best by %.4f %%%n",
                    100 * (solution.objective() - best.objective()) / best.objective());
        }
        if (radius > 0) {
            print("maximal covering, radius " + radius + " m, " + limitSeconds + " s limit",
                    new MaximalCovering(data, p, radius).solve(control));
        }
    }

    /** The seeded synthetic city: demand points with weights 1–300 and candidate sites, every site openable. */
    static LocationData syntheticCity(int demands, int sites) {
        SplittableRandom random = new SplittableRandom(2026);
        double[][] centres = new double[30][];
        for (int c = 0; c < centres.length; c++) {
            centres[c] = new double[] {random.nextDouble(2_000, WIDTH - 2_000), random.nextDouble(2_000, HEIGHT - 2_000)};
        }
        double[][] demand = points(demands, centres, random);
        double[][] site = points(sites, centres, random);
        double[] weight = new double[demands];
        for (int i = 0; i < demands; i++) {
            weight[i] = 1 + random.nextInt(300);
        }
        return LocationData.allSites(new EuclideanCostMatrix(demand[0], demand[1], site[0], site[1]), weight);
    }

    private static void print(String label, LocationSolution solution) {
        System.out.printf(Locale.ROOT, "%s: objective %.1f, lower bound %.1f, upper bound %.1f, bound gap %.4f %%, "
                        + "%d ms, %s, %d iterations%n", label, solution.objective(), solution.lowerBound(),
                solution.upperBound(), 100 * solution.gap(), solution.millis(), solution.stop(), solution.iterations());
    }

    /** Two thirds of the points around the centres (σ = 900 m), a third uniform; clamped to the extent. */
    private static double[][] points(int count, double[][] centres, SplittableRandom random) {
        double[] x = new double[count];
        double[] y = new double[count];
        for (int k = 0; k < count; k++) {
            if (random.nextInt(3) < 2) {
                double[] centre = centres[random.nextInt(centres.length)];
                x[k] = clamp(centre[0] + 900 * gaussian(random), WIDTH);
                y[k] = clamp(centre[1] + 900 * gaussian(random), HEIGHT);
            } else {
                x[k] = random.nextDouble(0, WIDTH);
                y[k] = random.nextDouble(0, HEIGHT);
            }
        }
        return new double[][] {x, y};
    }

    private static double gaussian(SplittableRandom random) {
        // Box–Muller
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private static double clamp(double value, double max) {
        return Math.max(0, Math.min(max, value));
    }
}
