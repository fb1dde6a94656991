package org.welfareintelligence.referral;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The referral rule, plain Java on arrays (no Spring). Centres are taken in order of travel cost (ties by
 * index). The {@code limit} nearest are the <em>centres</em>: among them, those with free places come first,
 * then those whose occupancy is unknown, then the full ones (0 free) — each class in cost order — so a nearer
 * full centre is listed, with 0 free, after a farther one with room. Beyond them, the next {@code limit}
 * centres with free places, in cost order, are the <em>other places that could meet the need</em>.
 */
public final class ReferralRanking {

    /** Indices into the input arrays: the centres, then the other places with room. */
    public record Ranking(int[] centres, int[] others) {
    }

    private ReferralRanking() {
    }

    /**
     * @param cost travel cost to each centre
     * @param free free places at each centre, -1 when its occupancy is unknown
     */
    public static Ranking rank(double[] cost, int[] free, int limit) {
        if (cost.length != free.length) {
            throw new IllegalArgumentException("cost and free places must have one entry per centre");
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        Integer[] byCost = IntStream.range(0, cost.length).boxed().toArray(Integer[]::new);
        Arrays.sort(byCost, Comparator.<Integer>comparingDouble(i -> cost[i]).thenComparingInt(i -> i));
        int nearest = Math.min(limit, byCost.length);
        int[] centres = Arrays.stream(byCost, 0, nearest)
                .sorted(Comparator.comparingInt((Integer i) -> roomClass(free[i])))
                .mapToInt(Integer::intValue).toArray();
        int[] others = Arrays.stream(byCost, nearest, byCost.length).filter(i -> free[i] > 0).limit(limit)
                .mapToInt(Integer::intValue).toArray();
        return new Ranking(centres, others);
    }

    /** 0 with room, 1 unknown, 2 full. The sort is stable, so cost order holds within each class. */
    private static int roomClass(int free) {
        return free > 0 ? 0 : free < 0 ? 1 : 2;
    }
}
