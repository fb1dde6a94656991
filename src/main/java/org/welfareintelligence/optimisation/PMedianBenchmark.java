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
 * Runs the solver on OR-Library pmed1..pmed40 (whichever files exist) and prints a Markdown table
 * against the known optima. Argument: the directory holding {@code pmedN.txt} and {@code pmedopt.txt}.
 */
public final class PMedianBenchmark {

    private static final long SEED = 1L;

    private PMedianBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path directory = Path.of(args.length > 0 ? args[0] : "../shared/benchmarks/pmedian");
        Path optimaFile = directory.resolve("pmedopt.txt");
        Map<String, Double> optima = Files.exists(optimaFile) ? OrLibraryPMedian.readOptima(optimaFile) : Map.of();
        PMedianSolver solver = new PMedianSolver();
        List<Long> times = new ArrayList<>();
        System.out.println("| instance | n | p | objective | known optimum | gap % | time ms |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        for (int k = 1; k <= 40; k++) {
            String name = "pmed" + k;
            Path file = directory.resolve(name + ".txt");
            if (!Files.exists(file)) {
                continue;
            }
            PMedianProblem problem = OrLibraryPMedian.read(file);
            PMedianSolution solution = solver.solve(problem, SEED);
            Double optimum = optima.get(name);
            String gap = optimum == null ? "–"
                    : String.format(Locale.ROOT, "%.2f", 100.0 * (solution.objective() - optimum) / optimum);
            times.add(solution.elapsedMillis());
            System.out.printf(Locale.ROOT, "| %s | %d | %d | %.0f | %s | %s | %d |%n", name, problem.demandCount(),
                    problem.p(), solution.objective(), optimum == null ? "–" : String.format(Locale.ROOT, "%.0f", optimum),
                    gap, solution.elapsedMillis());
        }
        if (times.isEmpty()) {
            System.out.println("No pmedN.txt files in " + directory);
            return;
        }
        Collections.sort(times);
        int size = times.size();
        double median = size % 2 == 1 ? times.get(size / 2) : (times.get(size / 2 - 1) + times.get(size / 2)) / 2.0;
        System.out.printf(Locale.ROOT, "%nSolve time (excluding file reading and shortest paths): median %.1f ms, max %d ms%n",
                median, times.get(size - 1));
    }
}
