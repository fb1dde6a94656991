package org.welfareintelligence.optimisation;

import java.util.SplittableRandom;

/**
 * Variable neighbourhood search over open sets for a maximising local search: shake by k random moves,
 * descend, keep the result if it is better (k back to 1), otherwise return to the best set (k grows, up to
 * {@code maxShake}). Stops after {@code control.iterationLimit()} rounds, after half of them (at least 50)
 * without improvement, once the best value reaches {@code stopAt}, or when the clock says so; ends with the
 * best set open.
 */
final class VariableNeighbourhoodSearch {

    /** What the search needs from a local search: its value, random moves, descent and its open set. */
    interface Moves {

        /** The value of the current open set, larger is better. */
        double value();

        /** {@code count} random moves away from the current set. */
        void shake(SplittableRandom random, int count);

        void descend(SolveClock clock);

        int[] openSet();

        void restore(int[] openSet);
    }

    private VariableNeighbourhoodSearch() {
    }

    /** Runs the search from the current set and returns how many rounds it made. */
    static int run(Moves moves, int maxShake, SolveControl control, SolveClock clock, double stopAt) {
        SplittableRandom random = new SplittableRandom(control.seed());
        int[] best = moves.openSet();
        double bestValue = moves.value();
        int shake = 1;
        int rounds = 0;
        int lastImprovement = 0;
        int stall = Math.max(50, control.iterationLimit() / 2);
        while (rounds < control.iterationLimit() && rounds - lastImprovement < stall && bestValue < stopAt
                && !clock.mustStop()) {
            rounds++;
            moves.shake(random, shake);
            moves.descend(clock);
            if (moves.value() > bestValue + 1e-9 * Math.max(1.0, moves.value())) {
                bestValue = moves.value();
                best = moves.openSet();
                lastImprovement = rounds;
                shake = 1;
            } else {
                moves.restore(best);
                shake = shake % maxShake + 1;
            }
            if (rounds % 8 == 0) {
                control.progress().progress(Math.max(clock.elapsedFraction(), rounds / (double) control.iterationLimit()),
                        "search round " + rounds);
            }
        }
        moves.restore(best);
        return rounds;
    }
}
