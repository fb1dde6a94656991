package org.welfareintelligence.analytics.measure;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Times the measures on a Milan-sized synthetic city: 6,000 demand points and 1,500 facilities spread
 * uniformly over 182 km² (a 13.5 km square, Milan's area), costs within 3 km; Gi* on a 100 × 60 queen grid.
 * Each line is the median of the timed runs after warm-up. Arguments: [runs] [seed].
 */
public final class AccessibilityBenchmark {

    private static final int DEMAND_POINTS = 6_000;
    private static final int FACILITIES = 1_500;
    private static final double SIDE_M = Math.sqrt(181.67e6);
    private static final double CUTOFF_M = 3_000;
    private static final int WARM_UP = 5;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private AccessibilityBenchmark() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 21;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1L;
        SplittableRandom random = new SplittableRandom(seed);
        double[] dx = random.doubles(DEMAND_POINTS, 0, SIDE_M).toArray();
        double[] dy = random.doubles(DEMAND_POINTS, 0, SIDE_M).toArray();
        double[] sx = random.doubles(FACILITIES, 0, SIDE_M).toArray();
        double[] sy = random.doubles(FACILITIES, 0, SIDE_M).toArray();
        double[] people = random.ints(DEMAND_POINTS, 50, 450).asDoubleStream().toArray();
        double[] places = random.ints(FACILITIES, 5, 60).asDoubleStream().toArray();
        EuclideanCosts model = new EuclideanCosts(1.0, 0);
        DistanceDecay step = DistanceDecay.step(new double[] {1000, 2000, 3000}, new double[] {1, 0.68, 0.22});
        DistanceDecay gaussian = DistanceDecay.gaussian(1000, CUTOFF_M);
        SparseCosts costs = model.between(dx, dy, sx, sy, CUTOFF_M);

        System.out.printf(Locale.ROOT, "%,d demand points x %,d facilities on %.1f km x %.1f km, %,d pairs within %.0f m "
                + "(%.0f per demand point); %d runs after %d warm-up, %d processors%n", DEMAND_POINTS, FACILITIES,
                SIDE_M / 1000, SIDE_M / 1000, costs.pairs(), CUTOFF_M, (double) costs.pairs() / DEMAND_POINTS, runs, WARM_UP,
                Runtime.getRuntime().availableProcessors());
        System.out.println("| step | median ms | min ms | median CPU ms (all threads) |");
        System.out.println("|---|---:|---:|---:|");
        time("EuclideanCosts.between (grid, 3 km)", runs, () -> model.between(dx, dy, sx, sy, CUTOFF_M));
        time("twoStep (2SFCA) on the cost table", runs, () -> FloatingCatchment.twoStep(costs, people, places, CUTOFF_M));
        time("enhancedTwoStep, step 1/0.68/0.22", runs, () -> FloatingCatchment.enhancedTwoStep(costs, people, places, step));
        time("enhancedTwoStep, Gaussian b = 1 km", runs,
                () -> FloatingCatchment.enhancedTwoStep(costs, people, places, gaussian));
        time("**costs + enhancedTwoStep (step)**", runs,
                () -> FloatingCatchment.enhancedTwoStep(model.between(dx, dy, sx, sy, CUTOFF_M), people, places, step));
        time("Catchments.allocate (bands 1/2/3 km)", runs,
                () -> Catchments.allocate(costs, people, places, new double[] {1000, 2000, 3000}));
        time("Overlaps.of, 1 km", runs, () -> Overlaps.of(costs, people, 1000));
        time("Overlaps.of, 3 km", runs, () -> Overlaps.of(costs, people, CUTOFF_M));

        int columns = 100;
        int rows = 60;
        GetisOrdGiStar giStar = new GetisOrdGiStar(QueenGrid.neighbours(columns, rows));
        double[] values = random.doubles(columns * rows, 0, 1).toArray();
        time("Gi*, 6,000 units (100 x 60 queen), 999 permutations", Math.max(3, runs / 4),
                () -> giStar.solve(values, 999, 1));
    }

    private static void time(String label, int runs, Supplier<?> work) {
        for (int w = 0; w < WARM_UP; w++) {
            work.get();
        }
        double[] millis = new double[runs];
        double[] cpuMillis = new double[runs];
        for (int r = 0; r < runs; r++) {
            long cpuStart = cpuNanos();
            long start = System.nanoTime();
            Object result = work.get();
            millis[r] = (System.nanoTime() - start) / 1e6;
            cpuMillis[r] = (cpuNanos() - cpuStart) / 1e6;
            if (result == null) {
                throw new IllegalStateException(label + " returned nothing");
            }
        }
        Arrays.sort(millis);
        Arrays.sort(cpuMillis);
        System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.1f |%n", label, millis[runs / 2], millis[0], cpuMillis[runs / 2]);
    }

    /** CPU time of all live threads: on a shared machine wall time also measures the neighbours' load. */
    private static long cpuNanos() {
        long total = 0;
        for (long id : THREADS.getAllThreadIds()) {
            total += Math.max(0, THREADS.getThreadCpuTime(id));
        }
        return total;
    }
}
