package org.welfareintelligence.analytics.measure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Where catchments overlap: how many centres reach each origin within the cutoff, and for each pair of
 * centres the origins (and people) both reach. Pairs are found facility by facility through the transposed
 * table, so time grows with the number of overlapping triples and memory with the number of centres.
 */
public final class Overlaps {

    /** Centres {@code a < b} sharing {@code sharedOrigins > 0} origins holding {@code sharedPopulation} people. */
    public record Pair(int a, int b, int sharedOrigins, double sharedPopulation) {
    }

    private final int[] reachableCount;
    private final List<Pair> pairs;

    private Overlaps(int[] reachableCount, List<Pair> pairs) {
        this.reachableCount = reachableCount;
        this.pairs = pairs;
    }

    public static Overlaps of(SparseCosts demandToSupply, double[] population, double cutoff) {
        int n = demandToSupply.origins();
        int m = demandToSupply.destinations();
        Inputs.requireAmounts("population", population, n);
        Inputs.requireCutoff(cutoff);
        SparseCosts reach = demandToSupply.within(cutoff);
        int[] reachableCount = new int[n];
        for (int i = 0; i < n; i++) {
            reachableCount[i] = reach.rowEnd(i) - reach.rowStart(i);
        }
        SparseCosts reachedBy = reach.transpose();
        int chunk = 64;
        List<List<Pair>> chunks = IntStream.range(0, (m + chunk - 1) / chunk).parallel()
                .mapToObj(c -> pairsFrom(reach, reachedBy, population, c * chunk, Math.min(m, c * chunk + chunk)))
                .toList();
        List<Pair> pairs = new ArrayList<>();
        chunks.forEach(pairs::addAll);
        return new Overlaps(reachableCount, Collections.unmodifiableList(pairs));
    }

    /** Pairs (a, b) with a in [firstA, lastA): each a gathers, over the origins it reaches, the centres b > a. */
    private static List<Pair> pairsFrom(SparseCosts reach, SparseCosts reachedBy, double[] population, int firstA, int lastA) {
        int m = reach.destinations();
        int[] sharedOrigins = new int[m];
        double[] sharedPopulation = new double[m];
        int[] touched = new int[m];
        List<Pair> pairs = new ArrayList<>();
        for (int a = firstA; a < lastA; a++) {
            int touchedCount = 0;
            for (int k = reachedBy.rowStart(a); k < reachedBy.rowEnd(a); k++) {
                int i = reachedBy.destination(k);
                for (int q = reach.rowStart(i); q < reach.rowEnd(i); q++) {
                    int b = reach.destination(q);
                    if (b > a) {
                        if (sharedOrigins[b]++ == 0) {
                            touched[touchedCount++] = b;
                        }
                        sharedPopulation[b] += population[i];
                    }
                }
            }
            Arrays.sort(touched, 0, touchedCount);
            for (int t = 0; t < touchedCount; t++) {
                int b = touched[t];
                pairs.add(new Pair(a, b, sharedOrigins[b], sharedPopulation[b]));
                sharedOrigins[b] = 0;
                sharedPopulation[b] = 0;
            }
        }
        return pairs;
    }

    /** Per origin, the number of centres within the cutoff. */
    public int[] reachableCount() {
        return reachableCount.clone();
    }

    /** Overlapping pairs ordered by {@code a}, then {@code b}. */
    public List<Pair> pairs() {
        return pairs;
    }
}
