package org.welfareintelligence.analytics.measure;

/**
 * The hand-worked example shared by the tests: four sections and two facilities, costs in metres.
 * <pre>
 *   section  people   to A (supply 10)   to B (supply 20)
 *   s0         100         500              2500
 *   s1         200        1500                –
 *   s2         300        2500               800
 *   s3         400          –               3500   (listed, but beyond a 3,000 m catchment)
 * </pre>
 * Between sections (for the plain ratio): s0–s1 1000, s0–s2 2000, s1–s2 2900, s2–s3 2600, s0–s3 4000; each
 * section with itself at 0, except s3, whose self pair is left out on purpose (a section always counts itself).
 */
final class TwoFacilityExample {

    static final int A = 0;
    static final int B = 1;
    static final double[] PEOPLE = {100, 200, 300, 400};
    static final double[] SUPPLY = {10, 20};

    private TwoFacilityExample() {
    }

    static SparseCosts sectionsToFacilities() {
        return SparseCosts.fromTriples(4, 2,
                new int[] {3, 2, 2, 1, 0, 0},
                new int[] {B, B, A, A, B, A},
                new double[] {3500, 800, 2500, 1500, 2500, 500});
    }

    static SparseCosts sectionsToSections() {
        int[][] pairs = {{0, 0}, {1, 1}, {2, 2}, {0, 1}, {0, 2}, {1, 2}, {2, 3}, {0, 3}};
        double[] cost = {0, 0, 0, 1000, 2000, 2900, 2600, 4000};
        int[] origin = new int[pairs.length * 2 - 3];
        int[] destination = new int[origin.length];
        double[] both = new double[origin.length];
        int k = 0;
        for (int p = 0; p < pairs.length; p++) {
            origin[k] = pairs[p][0];
            destination[k] = pairs[p][1];
            both[k++] = cost[p];
            if (pairs[p][0] != pairs[p][1]) {
                origin[k] = pairs[p][1];
                destination[k] = pairs[p][0];
                both[k++] = cost[p];
            }
        }
        return SparseCosts.fromTriples(4, 4, origin, destination, both);
    }
}
