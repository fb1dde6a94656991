package org.welfareintelligence.projection;

import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.welfareintelligence.projection.core.Projection;
import org.welfareintelligence.projection.core.Projector;
import org.welfareintelligence.projection.core.Reconciliation;
import org.welfareintelligence.projection.core.Series;

/**
 * Projects every target of a synthetic city — 6,000 sections in 88 NIL, three census periods 2011, 2016, 2021 —
 * to the 20 years 2022–2041: each level (sections, NIL, city) fitted alone with the method that backtests best,
 * then reconciled top-down. Arguments: targets (default 111), runs (default 5; the first is a warm-up).
 */
public final class ProjectionBenchmark {

    private static final int SECTIONS = 6_000;
    private static final int NIL = 88;
    private static final int[] YEARS = {2011, 2016, 2021};

    private ProjectionBenchmark() {
    }

    public static void main(String[] args) {
        int targets = args.length > 0 ? Integer.parseInt(args[0]) : 111;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int[] future = new int[20];
        Arrays.setAll(future, k -> 2022 + k);
        Random random = new Random(42);
        double[][][] sections = new double[targets][SECTIONS][];
        for (int t = 0; t < targets; t++) {
            for (int s = 0; s < SECTIONS; s++) {
                double base = random.nextInt(200);
                double growth = 1 + 0.1 * random.nextGaussian();
                sections[t][s] = new double[] {base, Math.max(0, base * growth), Math.max(0, base * growth * growth)};
            }
        }
        long[] millis = new long[runs];
        double checksum = 0;
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            for (int t = 0; t < targets; t++) {
                checksum += projectTarget(sections[t], future);
            }
            millis[run] = (System.nanoTime() - start) / 1_000_000;
        }
        long[] measured = Arrays.copyOfRange(millis, Math.min(1, runs - 1), runs);
        Arrays.sort(measured);
        System.out.printf(Locale.ROOT, "%d targets x %d sections (+%d NIL, city), %d periods, %d target years: "
                        + "runs ms %s, median after warm-up %d ms (checksum %.1f)%n", targets, SECTIONS, NIL,
                YEARS.length, future.length, Arrays.toString(millis), measured[measured.length / 2], checksum);
    }

    /** One target: the three levels fitted alone, then sections scaled to their NIL and NILs to the city. */
    private static double projectTarget(double[][] sectionValues, int[] future) {
        double[][] nilValues = new double[NIL][YEARS.length];
        for (int s = 0; s < SECTIONS; s++) {
            for (int y = 0; y < YEARS.length; y++) {
                nilValues[s % NIL][y] += sectionValues[s][y];
            }
        }
        double[][] cityValues = {new double[YEARS.length]};
        for (double[] nil : nilValues) {
            for (int y = 0; y < YEARS.length; y++) {
                cityValues[0][y] += nil[y];
            }
        }
        Projection city = Projector.project(new Series(YEARS, cityValues), null, future, null);
        Projection nils = Projector.project(new Series(YEARS, nilValues), null, future, null);
        Projection sections = Projector.project(new Series(YEARS, sectionValues), null, future, null);
        int areas = 1 + NIL + SECTIONS;
        int[] parent = new int[areas];
        double[][] value = new double[areas][];
        double[][] lower = new double[areas][];
        double[][] upper = new double[areas][];
        parent[0] = -1;
        value[0] = city.value()[0];
        lower[0] = city.lower()[0];
        upper[0] = city.upper()[0];
        for (int n = 0; n < NIL; n++) {
            parent[1 + n] = 0;
            value[1 + n] = nils.value()[n];
            lower[1 + n] = nils.lower()[n];
            upper[1 + n] = nils.upper()[n];
        }
        for (int s = 0; s < SECTIONS; s++) {
            parent[1 + NIL + s] = 1 + s % NIL;
            value[1 + NIL + s] = sections.value()[s];
            lower[1 + NIL + s] = sections.lower()[s];
            upper[1 + NIL + s] = sections.upper()[s];
        }
        Reconciliation.topDown(parent, value, lower, upper);
        return value[areas - 1][future.length - 1];
    }
}
