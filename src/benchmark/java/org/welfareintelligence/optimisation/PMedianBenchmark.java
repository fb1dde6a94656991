package org.welfareintelligence.optimisation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs {@link PMedian} on OR-Library pmed1..pmed40 (whichever files exist) and prints a Markdown table
 * against the known optima: objective, gap to the optimum, lower bound, bound gap, time and stop
 * reason. Arguments: the directory holding {@code pmedN.txt} and {@code pmedopt.txt}; {@code --exact}
 * also solves pmed1–5 with OR-Tools and prints the LP bound; {@code --last N} stops after pmedN.
 */
public final class PMedianBenchmark {

    private PMedianBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path directory = Path.of("../shared/benchmarks/pmedian");
        boolean exact = false;
        int last = 40;
        for (int a = 0; a < args.length; a++) {
            switch (args[a]) {
                case "--exact" -> exact = true;
                case "--last" -> last = Integer.parseInt(args[++a]);
                default -> directory = Path.of(args[a]);
            }
        }
        Path optimaFile = directory.resolve("pmedopt.txt");
        Map<String, Double> optima = Files.exists(optimaFile) ? OrLibraryPMedian.readOptima(optimaFile) : Map.of();
        SolveControl control = SolveControl.defaults();
        List<Long> times = new ArrayList<>();
        System.out.println("| instance | n | p | objective | known optimum | gap to optimum % | lower bound | bound gap % "
                + "| time ms | stop |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        for (int k = 1; k <= last; k++) {
            String name = "pmed" + k;
            Path file = directory.resolve(name + ".txt");
            if (!Files.exists(file)) {
                continue;
            }
            PMedian model = OrLibraryPMedian.read(file);
            LocationSolution solution = model.solve(control);
            Double optimum = optima.get(name);
            times.add(solution.millis());
            System.out.printf(Locale.ROOT, "| %s | %d | %d | %.0f | %s | %s | %.1f | %.3f | %d | %s |%n", name,
                    model.data().costs().demands(), model.p(), solution.objective(),
                    optimum == null ? "–" : String.format(Locale.ROOT, "%.0f", optimum),
                    optimum == null ? "–" : String.format(Locale.ROOT, "%.2f",
                            100.0 * (solution.objective() - optimum) / optimum),
                    solution.lowerBound(), 100 * solution.gap(), solution.millis(), solution.stop());
        }
        if (times.isEmpty()) {
            System.out.println("No pmedN.txt files in " + directory);
            return;
        }
        Collections.sort(times);
        int size = times.size();
        double median = size % 2 == 1 ? times.get(size / 2) : (times.get(size / 2 - 1) + times.get(size / 2)) / 2.0;
        System.out.printf(Locale.ROOT, "%nSolve time (excluding file reading and shortest paths): median %.1f ms, "
                + "max %d ms%n", median, times.get(size - 1));
        if (exact) {
            exact(directory, optima, control);
        }
    }

    private static void exact(Path directory, Map<String, Double> optima, SolveControl control) throws IOException {
        System.out.println();
        System.out.println("| instance | exact objective (SCIP) | proven | known optimum | heuristic | LP bound (GLOP) "
                + "| exact ms |");
        System.out.println("|---|---:|---|---:|---:|---:|---:|");
        for (int k = 1; k <= 5; k++) {
            String name = "pmed" + k;
            PMedian model = OrLibraryPMedian.read(directory.resolve(name + ".txt"));
            LocationSolution exactSolution = model.solveExact(control.withTimeLimit(600_000));
            LocationSolution heuristic = model.solve(control);
            double lp = model.lpBound(control.withTimeLimit(600_000));
            System.out.printf(Locale.ROOT, "| %s | %.0f | %s | %.0f | %.0f | %.2f | %d |%n", name,
                    exactSolution.objective(), exactSolution.stop(), optima.getOrDefault(name, Double.NaN),
                    heuristic.objective(), lp, exactSolution.millis());
        }
    }
}
