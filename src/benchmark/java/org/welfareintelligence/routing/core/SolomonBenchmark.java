package org.welfareintelligence.routing.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Solves every {@code *.vrptw} file of a folder with {@link RoutingSolver} and prints CSV: one row per instance against {@code lkh3_best.csv}
 * when the folder has it. Every plan goes through {@link PlanChecker}; a summary goes to stderr, with the cores
 * the process got on average (CPU time over wall time: below 2 on a shared machine).
 * Arguments: FOLDER [SECONDS_PER_INSTANCE (default 8)] [--vehicle-cost C].
 *
 * <p>By default the fleet is the instance's {@code VEHICLES} (the fleet LKH-3's published tours were found
 * with) plus the one vehicle more the target allows, and only distance is minimised. {@code --vehicle-cost C} instead offers 25 (or n/4) vehicles at a
 * fixed cost C each: with C far above any route's length, fewest vehicles first, then distance (Solomon's
 * ranking).
 */
public final class SolomonBenchmark {

    private SolomonBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of("../shared/benchmarks/vrptw/solomon_100");
        double seconds = 8;
        long vehicleCost = 0;
        for (int a = 0, positional = 0; a < args.length; a++) {
            if (args[a].equals("--vehicle-cost")) {
                vehicleCost = Long.parseLong(args[++a]);
            } else if (positional++ == 0) {
                folder = Path.of(args[a]);
            } else {
                seconds = Double.parseDouble(args[a]);
            }
        }
        Map<String, long[]> best = readBest(folder.resolve("lkh3_best.csv"));
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.toString().endsWith(".vrptw")).sorted().toList();
        }
        // Loaded once before the clock starts: the native library is not part of any instance's time.
        com.google.ortools.Loader.loadNativeLibraries();
        System.out.println("instance,vehicles,distance,lkh3_vehicles,lkh3_distance,gap_percent,millis");
        List<Double> gaps = new ArrayList<>();
        long maxMillis = 0;
        // CPU the process got per instance: on a shared machine it tells how much of its wall time the search ran
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpuNanos = 0;
        long wallMillis = 0;
        int overOne = 0;
        int invalid = 0;
        for (Path file : files) {
            VrptwInstance instance = VrptwInstance.read(file);
            int fleet = vehicleCost > 0 || instance.vehicles() == 0
                    ? Math.max(25, instance.x().length / 4) : instance.vehicles() + 1;
            RoutingProblem problem = instance.problem(fleet);
            long began = System.nanoTime();
            long cpuBefore = os.getProcessCpuTime();
            RoutingPlan plan = RoutingSolver.solve(problem,
                    new RoutingSolver.Options(Math.round(seconds * 1000), vehicleCost, 0));
            long millis = (System.nanoTime() - began) / 1_000_000;
            cpuNanos += os.getProcessCpuTime() - cpuBefore;
            wallMillis += millis;
            maxMillis = Math.max(maxMillis, millis);
            List<String> violations = PlanChecker.violations(problem, plan);
            if (!violations.isEmpty() || !plan.unplanned().isEmpty()) {
                invalid++;
                System.err.println(instance.name() + ": " + plan.unplanned().size() + " unplanned, " + violations);
            }
            long[] reference = best.get(instance.name());
            String lkhVehicles = "";
            String lkhDistance = "";
            String gap = "";
            if (reference != null) {
                double g = 100.0 * (plan.totalDistance() - reference[1]) / reference[1];
                gaps.add(g);
                overOne += plan.vehiclesUsed() > reference[0] + 1 ? 1 : 0;
                lkhVehicles = Long.toString(reference[0]);
                lkhDistance = Long.toString(reference[1]);
                gap = String.format(Locale.ROOT, "%.2f", g);
            }
            System.out.printf(Locale.ROOT, "%s,%d,%d,%s,%s,%s,%d%n", instance.name(), plan.vehiclesUsed(),
                    plan.totalDistance(), lkhVehicles, lkhDistance, gap, millis);
        }
        System.err.printf(Locale.ROOT, "%d instances, %d invalid or incomplete, %d over LKH-3 + 1 vehicles, "
                        + "mean gap %.2f %%, max gap %.2f %%, max %d ms, %.2f cores used on average%n", files.size(),
                invalid, overOne, gaps.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN),
                gaps.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN), maxMillis,
                cpuNanos / 1e6 / Math.max(1, wallMillis));
    }

    private static Map<String, long[]> readBest(Path csv) throws IOException {
        Map<String, long[]> best = new HashMap<>();
        if (Files.exists(csv)) {
            for (String line : Files.readAllLines(csv).subList(1, Files.readAllLines(csv).size())) {
                String[] f = line.split(",");
                best.put(f[0], new long[] {Long.parseLong(f[1]), Long.parseLong(f[2])});
            }
        }
        return best;
    }
}
