package org.welfareintelligence.analytics.measure;

import java.util.List;

/** How many centres reach each origin, and which pairs of centres share origins. */
public final class Overlaps {

    public record Pair(int a, int b, int sharedOrigins, double sharedPopulation) {
    }

    public static Overlaps of(SparseCosts demandToSupply, double[] population, double cutoff) {
        throw new UnsupportedOperationException();
    }

    public int[] reachableCount() { throw new UnsupportedOperationException(); }
    public List<Pair> pairs() { throw new UnsupportedOperationException(); }
}
