package org.welfareintelligence.routing.core;

import java.util.SplittableRandom;

/**
 * Slack Induction by String Removals (Christiaens and Vanden Berghe, Transportation Science 2020): each step
 * removes a few strings of consecutive visits from tours near a random visit, puts every visit left out back by
 * greedy insertion with blinks, and keeps the result under simulated annealing. Removing neighbouring strings
 * from several tours opens slack where visits can be regrouped; the blinks (a position skipped now and then)
 * keep the greedy insertion from always rebuilding the same tours.
 */
final class StringRemovalSearch {

    /** Average number of visits removed per step, and the longest string. */
    private static final double AVERAGE_REMOVED = 10;
    private static final int LONGEST_STRING = 10;
    /** Share of steps removing a string with a kept run inside (split string), and how long that run grows. */
    private static final double SPLIT_RATE = 0.5;
    private static final double SPLIT_DEPTH = 0.5;
    private static final double BLINK_RATE = 0.01;
    /** Annealing from this many mean arc lengths of the first plan down to the final share, over the time given. */
    private static final double FIRST_TEMPERATURE = 1.0;
    private static final double LAST_TEMPERATURE = 0.01;

    private final CandidateDay day;
    private final SplittableRandom random;
    private final boolean[] tourRuined;
    private final long[] orderKey;

    StringRemovalSearch(CandidateDay day, long seed) {
        this.day = day;
        this.random = new SplittableRandom(seed);
        this.tourRuined = new boolean[day.operators];
        this.orderKey = new long[day.visits];
    }

    /** Searches until the deadline ({@link System#nanoTime()}) and answers the best plan found. */
    Tours search(long deadline) {
        Tours current = new Tours(day);
        recreate(current);
        current.clearChanged();
        Tours best = current.copy();
        Tours trial = current.copy();
        long currentCost = current.cost();
        long bestCost = currentCost;
        double meanArc = Math.max(1, (double) current.totalDistance / Math.max(1, day.visits));
        double hot = FIRST_TEMPERATURE * meanArc;
        double cold = LAST_TEMPERATURE * meanArc;
        long began = System.nanoTime();
        double span = Math.max(1, deadline - began);
        for (long now = began; now < deadline; now = System.nanoTime()) {
            double temperature = hot * Math.pow(cold / hot, (now - began) / span);
            ruin(trial);
            recreate(trial);
            long trialCost = trial.cost();
            // accepted when better than the current plan by a random margin that shrinks as the search cools
            if (trialCost < currentCost - temperature * Math.log(random.nextDouble())) {
                current.adopt(trial);
                currentCost = trialCost;
                if (trialCost < bestCost) {
                    best.copyAll(current);
                    bestCost = trialCost;
                }
            } else {
                trial.revertTo(current);
            }
        }
        return best;
    }

    /** Removes strings of visits from tours near a random planned visit; the visits removed join those left out. */
    void ruin(Tours tours) {
        int used = 0;
        for (int r = 0; r < day.operators; r++) {
            used += tours.used(r) ? 1 : 0;
            tourRuined[r] = false;
        }
        int planned = day.visits - tours.absentCount;
        if (planned == 0) {
            return;
        }
        int longest = (int) Math.max(1, Math.min(LONGEST_STRING, (double) planned / used));
        double mostStrings = 4 * AVERAGE_REMOVED / (1 + longest) - 1;
        int strings = (int) (random.nextDouble() * mostStrings) + 1;
        int seed;
        do {
            seed = random.nextInt(day.visits);
        } while (tours.tourOf[seed] < 0);
        int ruined = 0;
        int[] near = day.neighbours[seed];
        for (int i = -1; i < near.length && ruined < strings; i++) {
            int visit = i < 0 ? seed : near[i];
            int tour = tours.tourOf[visit];
            if (tour < 0 || tourRuined[tour]) {
                continue;
            }
            int length = random.nextInt(Math.min(tours.visitsOf(tour), longest)) + 1;
            removeStringAround(tours, tour, tours.positionOf[visit], length);
            tourRuined[tour] = true;
            ruined++;
        }
    }

    /** Removes {@code length} visits of a string through the stop at {@code position}, some split by a kept run. */
    void removeStringAround(Tours tours, int tour, int position, int length) {
        int visits = tours.visitsOf(tour);
        int kept = 0;
        if (length < visits && random.nextDouble() < SPLIT_RATE) {
            kept = 1;
            while (length + kept < visits && random.nextDouble() < SPLIT_DEPTH) {
                kept++;
            }
        }
        int span = length + kept;
        // the string's first stop: any that keeps the given stop inside it and the string inside the tour
        int lowest = Math.max(1, position - span + 1);
        int highest = Math.min(position, visits - span + 1);
        int from = lowest + random.nextInt(highest - lowest + 1);
        int keepFrom = from + (kept == 0 ? 0 : random.nextInt(length + 1));
        tours.remove(tour, from, span, keepFrom, kept);
    }

    /**
     * Puts back every visit left out, higher priority first, then in one of the paper's orders chosen at random
     * (random, largest demand, farthest from a centre, nearest), each where it adds least, skipping a position
     * now and then (a blink). A visit that fits nowhere stays out.
     */
    void recreate(Tours tours) {
        int count = tours.absentCount;
        int[] order = new int[count];
        System.arraycopy(tours.absent, 0, order, 0, count);
        int criterion = random.nextInt(11);
        for (int i = 0; i < count; i++) {
            int v = order[i];
            long key = criterion < 4 ? random.nextLong() >>> 1
                    : criterion < 8 ? -day.demand[v] : criterion < 10 ? -day.depotDistance[v] : day.depotDistance[v];
            orderKey[v] = key;
        }
        sortByPriorityThenKey(order);
        for (int v : order) {
            long bestCost = Long.MAX_VALUE;
            int bestTour = -1;
            int bestAfter = -1;
            for (int r = 0; r < day.operators; r++) {
                if (!tours.mayTake(r, v)) {
                    continue;
                }
                int stops = tours.length[r] - 1;
                for (int after = 0; after < stops; after++) {
                    // the distance first; the blink and the time check only for a position that would be the best
                    // so far (skipping any other changes nothing)
                    long cost = tours.detour(v, r, after);
                    if (cost < bestCost && random.nextDouble() >= BLINK_RATE && tours.fits(v, r, after)) {
                        bestCost = cost;
                        bestTour = r;
                        bestAfter = after;
                    }
                }
            }
            if (bestTour >= 0) {
                tours.insert(v, bestTour, bestAfter);
            }
        }
    }

    /** Insertion sort: the visits put back in a step are few (the first plan sorts them all once). */
    private void sortByPriorityThenKey(int[] order) {
        for (int i = 1; i < order.length; i++) {
            int v = order[i];
            int j = i - 1;
            while (j >= 0 && before(v, order[j])) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = v;
        }
    }

    private boolean before(int a, int b) {
        return day.priority[a] != day.priority[b] ? day.priority[a] > day.priority[b] : orderKey[a] < orderKey[b];
    }
}
