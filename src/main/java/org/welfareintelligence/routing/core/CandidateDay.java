package org.welfareintelligence.routing.core;

import java.util.Arrays;

/**
 * The visits a search may plan and the operators of a day, as flat arrays over nodes: candidate visit c is
 * node c, operator k starts at node {@code visits + 2k} and ends at node {@code visits + 2k + 1}. Travel is
 * copied once into dense arrays over the distinct places used, so that the search reads arrays instead of
 * calling the matrix millions of times.
 */
final class CandidateDay {

    /** How many nearest visits each visit keeps as its neighbours: enough for any string removal. */
    private static final int NEIGHBOURS = 100;

    final int visits;
    final int operators;
    /** Visit of the problem each candidate stands for. */
    final int[] problemVisit;
    /** Per node: service time, and the window of its start of service (the shift for a depot node). */
    final long[] service;
    final long[] windowStart;
    final long[] windowEnd;
    /** Per candidate visit. */
    final long[] demand;
    final long[] skills;
    final int[] priority;
    /** Cost of leaving the visit out: above any vehicle, detour or workload it could save, times its priority. */
    final long[] absencePenalty;
    /** Distance to the nearest start centre, which orders visits before insertion. */
    final long[] depotDistance;
    /** Other candidate visits, nearest first (at most {@value #NEIGHBOURS}). */
    final int[][] neighbours;
    /** Per operator. */
    final long[] operatorSkills;
    final long[] capacity;
    final long vehicleCost;
    final long balanceCoefficient;
    private final int[] placeOf;
    private final int places;
    private final long[] distance;
    private final long[] time;

    CandidateDay(RoutingProblem problem, int[] candidates, long vehicleCost, long balanceCoefficient) {
        RoutingProblem.Visits v = problem.visits();
        RoutingProblem.Operators o = problem.operators();
        this.visits = candidates.length;
        this.operators = o.count();
        this.problemVisit = candidates.clone();
        this.vehicleCost = vehicleCost;
        this.balanceCoefficient = balanceCoefficient;
        int nodes = visits + 2 * operators;
        service = new long[nodes];
        windowStart = new long[nodes];
        windowEnd = new long[nodes];
        demand = new long[visits];
        skills = new long[visits];
        priority = new int[visits];
        int[] nodePlace = new int[nodes];
        for (int c = 0; c < visits; c++) {
            int visit = candidates[c];
            nodePlace[c] = v.place()[visit];
            service[c] = v.service()[visit];
            windowStart[c] = v.windowStart()[visit];
            windowEnd[c] = v.windowEnd()[visit];
            demand[c] = v.demand()[visit];
            skills[c] = v.skills()[visit];
            priority[c] = v.priority()[visit];
        }
        long horizon = 0;
        for (int k = 0; k < operators; k++) {
            for (int end = 0; end < 2; end++) {
                int node = visits + 2 * k + end;
                nodePlace[node] = end == 0 ? o.start()[k] : o.end()[k];
                windowStart[node] = o.shiftStart()[k];
                windowEnd[node] = o.shiftEnd()[k];
            }
            horizon = Math.max(horizon, o.shiftEnd()[k] - o.shiftStart()[k]);
        }
        operatorSkills = o.skills().clone();
        capacity = o.capacity().clone();
        // distinct places only: a day's operators mostly share a few centres
        int[] compact = new int[problem.travel().size()];
        Arrays.fill(compact, -1);
        placeOf = new int[nodes];
        int[] placeList = new int[nodes];
        int count = 0;
        for (int node = 0; node < nodes; node++) {
            int place = nodePlace[node];
            if (compact[place] < 0) {
                compact[place] = count;
                placeList[count++] = place;
            }
            placeOf[node] = compact[place];
        }
        places = count;
        distance = new long[places * places];
        time = new long[places * places];
        long maxArc = 0;
        for (int i = 0; i < places; i++) {
            for (int j = 0; j < places; j++) {
                distance[i * places + j] = problem.travel().distance(placeList[i], placeList[j]);
                time[i * places + j] = problem.travel().time(placeList[i], placeList[j]);
                maxArc = Math.max(maxArc, distance[i * places + j]);
            }
        }
        absencePenalty = new long[visits];
        depotDistance = new long[visits];
        for (int c = 0; c < visits; c++) {
            absencePenalty[c] = (vehicleCost + 4 * maxArc + balanceCoefficient * horizon + 1) * (1L + priority[c]);
            long nearest = Long.MAX_VALUE;
            for (int k = 0; k < operators; k++) {
                nearest = Math.min(nearest, distance(start(k), c));
            }
            depotDistance[c] = nearest;
        }
        neighbours = nearestNeighbours();
    }

    private int[][] nearestNeighbours() {
        int kept = Math.min(NEIGHBOURS, visits - 1);
        int[][] nearest = new int[visits][];
        long[] keys = new long[visits - 1];
        for (int c = 0; c < visits; c++) {
            int n = 0;
            for (int other = 0; other < visits; other++) {
                if (other != c) {
                    // distance in the high bits, index in the low 21 bits: one primitive sort orders both
                    keys[n++] = (distance(c, other) + distance(other, c)) << 21 | other;
                }
            }
            Arrays.sort(keys);
            nearest[c] = new int[kept];
            for (int i = 0; i < kept; i++) {
                nearest[c][i] = (int) (keys[i] & ((1 << 21) - 1));
            }
        }
        return nearest;
    }

    int start(int operator) {
        return visits + 2 * operator;
    }

    int end(int operator) {
        return visits + 2 * operator + 1;
    }

    long distance(int fromNode, int toNode) {
        return distance[placeOf[fromNode] * places + placeOf[toNode]];
    }

    long time(int fromNode, int toNode) {
        return time[placeOf[fromNode] * places + placeOf[toNode]];
    }

    /** Skills and load only: whether the operator's time allows it is the route's business. */
    boolean mayServe(int operator, int visit) {
        return (operatorSkills[operator] & skills[visit]) == skills[visit]
                && (capacity[operator] < 0 || demand[visit] <= capacity[operator]);
    }
}
