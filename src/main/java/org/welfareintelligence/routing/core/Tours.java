package org.welfareintelligence.routing.core;

import java.util.Arrays;

/**
 * A plan under construction: one tour per operator (start node, visits, end node) and the visits left out.
 * Each tour keeps the earliest start of service at every stop (forward) and the latest start that keeps the
 * rest of the tour within its windows and the shift (backward), so that whether a visit fits between two
 * stops, and what it costs, is answered in constant time.
 */
final class Tours {

    final CandidateDay day;
    /** Per operator: nodes of the tour, start and end centre included; {@code length} of them are used. */
    final int[][] nodes;
    final int[] length;
    final long[][] earliest;
    final long[][] latest;
    final long[] load;
    final long[] distance;
    /** Per visit: its tour and its position in the tour's nodes, or -1 while it is left out. */
    final int[] tourOf;
    final int[] positionOf;
    /** Visits left out, in no particular order; {@code absentSlot} is each one's index in it. */
    final int[] absent;
    int absentCount;
    private final int[] absentSlot;
    long totalDistance;
    /** Tours changed since the last {@link #clearChanged()}, each listed once. */
    private final int[] changed;
    private int changedCount;
    private final boolean[] isChanged;

    /** Every tour empty, every visit left out. */
    Tours(CandidateDay day) {
        this.day = day;
        int k = day.operators;
        nodes = new int[k][];
        length = new int[k];
        earliest = new long[k][];
        latest = new long[k][];
        load = new long[k];
        distance = new long[k];
        tourOf = new int[day.visits];
        positionOf = new int[day.visits];
        absent = new int[day.visits];
        absentSlot = new int[day.visits];
        changed = new int[k];
        isChanged = new boolean[k];
        for (int v = 0; v < day.visits; v++) {
            tourOf[v] = -1;
            absent[v] = v;
            absentSlot[v] = v;
        }
        absentCount = day.visits;
        for (int r = 0; r < k; r++) {
            nodes[r] = new int[] {day.start(r), day.end(r)};
            earliest[r] = new long[2];
            latest[r] = new long[2];
            length[r] = 2;
            refresh(r);
        }
        clearChanged();
    }

    Tours copy() {
        Tours copy = new Tours(day);
        copy.copyAll(this);
        return copy;
    }

    int visitsOf(int tour) {
        return length[tour] - 2;
    }

    boolean used(int tour) {
        return length[tour] > 2;
    }

    /**
     * Added distance of making {@code visit} between stops {@code after} and {@code after + 1} of the tour, plus
     * the vehicle cost when the tour is empty; whether it fits there is {@link #fits}.
     */
    long detour(int visit, int tour, int after) {
        int a = nodes[tour][after];
        int b = nodes[tour][after + 1];
        long detour = day.distance(a, visit) + day.distance(visit, b) - day.distance(a, b);
        return length[tour] == 2 ? detour + day.vehicleCost : detour;
    }

    /**
     * Whether the visit can be made between stops {@code after} and {@code after + 1} without breaking its window,
     * the next stops' windows or the shift. Skills and load are checked by {@link #mayTake} once per tour.
     */
    boolean fits(int visit, int tour, int after) {
        int a = nodes[tour][after];
        int b = nodes[tour][after + 1];
        long start = Math.max(day.windowStart[visit], earliest[tour][after] + day.service[a] + day.time(a, visit));
        return start <= day.windowEnd[visit]
                && start + day.service[visit] + day.time(visit, b) <= latest[tour][after + 1];
    }

    /** Whether the operator has the skills and the room left for the visit. */
    boolean mayTake(int tour, int visit) {
        return day.mayServe(tour, visit) && (day.capacity[tour] < 0 || load[tour] + day.demand[visit] <= day.capacity[tour]);
    }

    void insert(int visit, int tour, int after) {
        ensureRoom(tour, length[tour] + 1);
        int[] route = nodes[tour];
        System.arraycopy(route, after + 1, route, after + 2, length[tour] - after - 1);
        route[after + 1] = visit;
        length[tour]++;
        int slot = absentSlot[visit];
        int last = absent[--absentCount];
        absent[slot] = last;
        absentSlot[last] = slot;
        refresh(tour);
    }

    /** Leaves out the visits at positions {@code from .. from + count - 1} of the tour except {@code keep} of them from {@code keepFrom}. */
    void remove(int tour, int from, int count, int keepFrom, int keep) {
        int[] route = nodes[tour];
        int write = from;
        for (int p = from; p < from + count; p++) {
            if (p >= keepFrom && p < keepFrom + keep) {
                route[write++] = route[p];
            } else {
                int visit = route[p];
                tourOf[visit] = -1;
                absentSlot[visit] = absentCount;
                absent[absentCount++] = visit;
            }
        }
        System.arraycopy(route, from + count, route, write, length[tour] - from - count);
        length[tour] -= from + count - write;
        refresh(tour);
    }

    /** Recomputes the schedule, load and distance of one tour after a change, and marks it changed. */
    void refresh(int tour) {
        int[] route = nodes[tour];
        int n = length[tour];
        long[] early = earliest[tour];
        long[] late = latest[tour];
        early[0] = day.windowStart[route[0]];
        long carried = 0;
        long travelled = 0;
        for (int i = 1; i < n; i++) {
            int a = route[i - 1];
            int b = route[i];
            early[i] = Math.max(day.windowStart[b], early[i - 1] + day.service[a] + day.time(a, b));
            travelled += day.distance(a, b);
            if (i < n - 1) {
                carried += day.demand[b];
                tourOf[b] = tour;
                positionOf[b] = i;
            }
        }
        late[n - 1] = day.windowEnd[route[n - 1]];
        for (int i = n - 2; i >= 0; i--) {
            int b = route[i];
            late[i] = Math.min(day.windowEnd[b], late[i + 1] - day.service[b] - day.time(b, route[i + 1]));
        }
        load[tour] = carried;
        totalDistance += (n == 2 ? 0 : travelled) - distance[tour];
        distance[tour] = n == 2 ? 0 : travelled;
        if (!isChanged[tour]) {
            isChanged[tour] = true;
            changed[changedCount++] = tour;
        }
    }

    /**
     * What the search minimises: distance, vehicles at their fixed cost, every visit left out at its penalty, and
     * the workload spread (latest return minus earliest departure over the tours used) at the balance coefficient.
     */
    long cost() {
        long cost = totalDistance;
        for (int i = 0; i < absentCount; i++) {
            cost += day.absencePenalty[absent[i]];
        }
        long firstDeparture = Long.MAX_VALUE;
        long lastReturn = Long.MIN_VALUE;
        for (int r = 0; r < length.length; r++) {
            if (used(r)) {
                cost += day.vehicleCost;
                firstDeparture = Math.min(firstDeparture, departure(r));
                lastReturn = Math.max(lastReturn, earliest[r][length[r] - 1]);
            }
        }
        return day.balanceCoefficient == 0 || firstDeparture == Long.MAX_VALUE ? cost
                : cost + day.balanceCoefficient * (lastReturn - firstDeparture);
    }

    /** Leaves the centre just in time for the first visit's earliest start, so no waiting opens the day. */
    long departure(int tour) {
        if (!used(tour)) {
            return earliest[tour][0];
        }
        int first = nodes[tour][1];
        return Math.max(earliest[tour][0], earliest[tour][1] - day.time(nodes[tour][0], first));
    }

    void clearChanged() {
        for (int i = 0; i < changedCount; i++) {
            isChanged[changed[i]] = false;
        }
        changedCount = 0;
    }

    /** Takes over the tours the trial changed, and the visits it left out; the trial starts a new change. */
    void adopt(Tours trial) {
        for (int i = 0; i < trial.changedCount; i++) {
            copyTour(trial, trial.changed[i]);
        }
        copyAbsent(trial);
        trial.clearChanged();
    }

    /** Undoes this trial's changes: its changed tours and left-out visits become those of {@code kept}. */
    void revertTo(Tours kept) {
        for (int i = 0; i < changedCount; i++) {
            copyTour(kept, changed[i]);
        }
        copyAbsent(kept);
        clearChanged();
    }

    void copyAll(Tours from) {
        for (int r = 0; r < length.length; r++) {
            copyTour(from, r);
        }
        copyAbsent(from);
        clearChanged();
    }

    private void copyTour(Tours from, int tour) {
        int n = from.length[tour];
        ensureRoom(tour, n);
        System.arraycopy(from.nodes[tour], 0, nodes[tour], 0, n);
        System.arraycopy(from.earliest[tour], 0, earliest[tour], 0, n);
        System.arraycopy(from.latest[tour], 0, latest[tour], 0, n);
        length[tour] = n;
        for (int i = 1; i < n - 1; i++) {
            tourOf[nodes[tour][i]] = tour;
            positionOf[nodes[tour][i]] = i;
        }
        load[tour] = from.load[tour];
        totalDistance += from.distance[tour] - distance[tour];
        distance[tour] = from.distance[tour];
    }

    private void copyAbsent(Tours from) {
        absentCount = from.absentCount;
        for (int i = 0; i < absentCount; i++) {
            int visit = from.absent[i];
            absent[i] = visit;
            absentSlot[visit] = i;
            tourOf[visit] = -1;
        }
    }

    private void ensureRoom(int tour, int size) {
        if (nodes[tour].length < size) {
            int grown = Math.max(size, 2 * nodes[tour].length);
            nodes[tour] = Arrays.copyOf(nodes[tour], grown);
            earliest[tour] = Arrays.copyOf(earliest[tour], grown);
            latest[tour] = Arrays.copyOf(latest[tour], grown);
        }
    }
}
