package org.welfareintelligence.routing.core;

/**
 * Visits to make and operators who make them, over places of a {@link TravelMatrix}. Times are in the
 * matrix's time unit from a common origin (e.g. seconds since midnight). Skills are bit sets (bit s set =
 * skill s). A capacity below zero means unlimited.
 *
 * @param travel     travel between places
 * @param visits     what has to be done where and when
 * @param operators  who can do it, from which centre, in which shift
 */
public record RoutingProblem(TravelMatrix travel, Visits visits, Operators operators) {

    /**
     * @param place        place of each visit in the matrix
     * @param windowStart  earliest start of service
     * @param windowEnd    latest start of service
     * @param service      duration of the service
     * @param skills       skills the visit needs (all of them)
     * @param demand       load it takes (0 without capacity)
     * @param priority     0 = normal; higher is dropped later when not everything fits
     */
    public record Visits(int[] place, long[] windowStart, long[] windowEnd, long[] service, long[] skills,
                         long[] demand, int[] priority) {

        public int count() {
            return place.length;
        }
    }

    /**
     * @param start            place the shift starts from (a centre)
     * @param end              place the shift ends at
     * @param shiftStart       earliest departure
     * @param shiftEnd         latest return
     * @param skills           skills the operator has
     * @param capacity         load the operator carries (negative = unlimited)
     * @param breakEarliest    earliest start of the break
     * @param breakLatest      latest start of the break
     * @param breakDuration    length of the break (0 = none)
     */
    public record Operators(int[] start, int[] end, long[] shiftStart, long[] shiftEnd, long[] skills,
                            long[] capacity, long[] breakEarliest, long[] breakLatest, long[] breakDuration) {

        public int count() {
            return start.length;
        }

        boolean hasBreak(int k) {
            return breakDuration[k] > 0;
        }
    }

    public RoutingProblem {
        int n = visits.count();
        requireLengths(n, "visits.", new String[] {"windowStart", "windowEnd", "service", "skills", "demand", "priority"},
                visits.windowStart().length, visits.windowEnd().length, visits.service().length,
                visits.skills().length, visits.demand().length, visits.priority().length);
        for (int v = 0; v < n; v++) {
            requirePlace("visits.place", visits.place()[v], travel.size());
            if (visits.windowEnd()[v] < visits.windowStart()[v]) {
                throw new IllegalArgumentException("visits.windowEnd: visit " + v + " ends before it starts");
            }
            if (visits.service()[v] < 0 || visits.demand()[v] < 0 || visits.priority()[v] < 0) {
                throw new IllegalArgumentException("visits: visit " + v + " has a negative service, demand or priority");
            }
        }
        int k = operators.count();
        requireLengths(k, "operators.", new String[] {"end", "shiftStart", "shiftEnd", "skills", "capacity",
                "breakEarliest", "breakLatest", "breakDuration"},
                operators.end().length, operators.shiftStart().length, operators.shiftEnd().length,
                operators.skills().length, operators.capacity().length, operators.breakEarliest().length,
                operators.breakLatest().length, operators.breakDuration().length);
        for (int o = 0; o < k; o++) {
            requirePlace("operators.start", operators.start()[o], travel.size());
            requirePlace("operators.end", operators.end()[o], travel.size());
            if (operators.shiftEnd()[o] < operators.shiftStart()[o]) {
                throw new IllegalArgumentException("operators.shiftEnd: operator " + o + " ends before it starts");
            }
            if (operators.breakDuration()[o] < 0 || operators.hasBreak(o)
                    && operators.breakLatest()[o] < operators.breakEarliest()[o]) {
                throw new IllegalArgumentException("operators.breakLatest: operator " + o + " has no valid break");
            }
        }
        if (k == 0) {
            throw new IllegalArgumentException("operators: at least one operator is needed");
        }
    }

    private static void requireLengths(int expected, String prefix, String[] fields, int... lengths) {
        for (int f = 0; f < fields.length; f++) {
            if (lengths[f] != expected) {
                throw new IllegalArgumentException(prefix + fields[f] + ": expected " + expected + " values, got "
                        + lengths[f]);
            }
        }
    }

    private static void requirePlace(String field, int place, int size) {
        if (place < 0 || place >= size) {
            throw new IllegalArgumentException(field + ": place " + place + " is not in the travel matrix");
        }
    }
}
