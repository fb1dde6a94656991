package org.welfareintelligence.analytics.measure;

import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * A cost table with the decay weight of every pair within the cutoff worked out once, since both steps of a
 * floating catchment need it (the Gaussian's {@code exp} is the costliest part of E2SFCA otherwise).
 */
final class DecayedCosts {

    /** Rows per parallel task: large enough that splitting costs nothing next to the work. */
    private static final int ROWS_PER_TASK = 512;

    private final SparseCosts costs;
    private final int[] end;
    private final double[] weight;

    DecayedCosts(SparseCosts costs, DistanceDecay decay) {
        this.costs = costs;
        this.end = new int[costs.origins()];
        this.weight = new double[costs.pairs()];
        double cutoff = decay.cutoff();
        forEachOrigin(i -> {
            end[i] = costs.endWithin(i, cutoff);
            for (int k = costs.rowStart(i); k < end[i]; k++) {
                weight[k] = decay.weight(costs.cost(k));
            }
        });
    }

    SparseCosts costs() {
        return costs;
    }

    /** The end of the origin's pairs within the cutoff. */
    int end(int origin) {
        return end[origin];
    }

    double weight(int k) {
        return weight[k];
    }

    /** Runs independent per-origin work in parallel chunks; each origin's result depends on its row only. */
    void forEachOrigin(IntConsumer work) {
        int origins = costs.origins();
        IntStream.range(0, (origins + ROWS_PER_TASK - 1) / ROWS_PER_TASK).parallel().forEach(chunk -> {
            for (int i = chunk * ROWS_PER_TASK, last = Math.min(origins, i + ROWS_PER_TASK); i < last; i++) {
                work.accept(i);
            }
        });
    }
}
