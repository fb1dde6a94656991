package org.welfareintelligence.optimisation;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The capacitated models at city scale, planned as the sample-city question is: {@code fixed} existing sites
 * kept open and {@code added} new ones, every site with room for 90 % of all demand shared equally, so that
 * capacity binds. Same synthetic city as {@link CityScaleBenchmark}. Arguments: {@code demands sites fixed
 * added limitSeconds [longRunSeconds] [radiusMetres]}; defaults 6000 6000 64 3 5 0 1000. Prints the
 * capacitated p-median (weight left without a site, cost, against today's sites alone and, with a long run,
 * against its answer) and maximum capacitated coverage within the radius (served weight, bound, gap).
 */
public final class CapacitatedBenchmark {

    private CapacitatedBenchmark() {
    }

    public static void main(String[] args) {
        int demands = args.length > 0 ? Integer.parseInt(args[0]) : 6_000;
        int sites = args.length > 1 ? Integer.parseInt(args[1]) : 6_000;
        int fixed = args.length > 2 ? Integer.parseInt(args[2]) : 64;
        int added = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        long limitSeconds = args.length > 4 ? Long.parseLong(args[4]) : 5;
        long longRunSeconds = args.length > 5 ? Long.parseLong(args[5]) : 0;
        double radius = args.length > 6 ? Double.parseDouble(args[6]) : 1_000;

        LocationData all = CityScaleBenchmark.syntheticCity(demands, sites);
        LocationData data = new LocationData(all.costs(), all.weights(), IntStream.range(fixed, sites).toArray(),
                IntStream.range(0, fixed).toArray());
        double[] capacity = new double[sites];
        Arrays.fill(capacity, 0.9 * data.totalWeight() / (fixed + added));
        System.out.printf(Locale.ROOT, "%,d demand points x %,d sites, %d fixed + %d new, %.0f places each "
                + "(total weight %.0f), radius %.0f m%n", demands, sites, fixed, added, capacity[0],
                data.totalWeight(), radius);

        CapacitatedPMedian median = new CapacitatedPMedian(data, fixed + added, capacity);
        print("capacitated p-median, today's sites alone", data, median.assignment(data.fixed()), Double.NaN,
                Double.NaN, 0, "");
        SolveControl control = SolveControl.defaults().withTimeLimit(limitSeconds * 1_000);
        LocationSolution answer = median.solve(control);
        print("capacitated p-median, " + limitSeconds + " s", data, answer.assignment(), answer.objective(),
                answer.gap(), answer.millis(), answer.stop() + ", " + answer.iterations() + " rounds");
        if (longRunSeconds > 0) {
            LocationSolution longRun = median.solve(control.withTimeLimit(longRunSeconds * 1_000)
                    .withIterationLimit(20_000));
            print("capacitated p-median, long run " + longRunSeconds + " s", data, longRun.assignment(),
                    longRun.objective(), longRun.gap(), longRun.millis(), longRun.stop() + ", "
                            + longRun.iterations() + " rounds");
            System.out.printf(Locale.ROOT, "short run's cost above the long run's by %.3f %%%n",
                    100 * (answer.objective() - longRun.objective()) / longRun.objective());
        }

        MaximalCapacitatedCovering covering = new MaximalCapacitatedCovering(data, fixed + added, radius, capacity);
        System.out.printf(Locale.ROOT, "max capacitated coverage, today's sites alone: served %.0f%n",
                covering.allocate(data.fixed()).served());
        LocationSolution served = covering.solve(control);
        System.out.printf(Locale.ROOT, "max capacitated coverage, %d s: served %.0f, upper bound %.0f, gap %.3f %%, "
                + "%d ms, %s%n", limitSeconds, served.objective(), served.upperBound(), 100 * served.gap(),
                served.millis(), served.stop());
    }

    private static void print(String label, LocationData data, int[] assignment, double cost, double gap,
            long millis, String stop) {
        double unassigned = 0;
        double assignedCost = 0;
        for (int i = 0; i < assignment.length; i++) {
            if (assignment[i] < 0) {
                unassigned += data.weights()[i];
            } else {
                assignedCost += data.weights()[i] * data.costs().cost(i, assignment[i]);
            }
        }
        String solved = stop.isEmpty() ? "" : ", bound gap %s, %d ms, %s".formatted(
                Double.isFinite(gap) ? "%.3f %%".formatted(100 * gap) : "none (weight left without a site)", millis, stop);
        System.out.printf(Locale.ROOT, "%s: without a site %.0f, cost of the assigned %.0f%s%n", label, unassigned,
                Double.isNaN(cost) ? assignedCost : cost, solved);
    }
}
