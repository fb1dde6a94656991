package org.welfareintelligence.analytics.measure;

/**
 * What the catchment of a development site lacks against the city norm, service by service, and what a
 * developer's compensation works could fund there. For service s, with {@code people_s} of the targets it serves
 * in the catchment, {@code places_s} within reach and the city's {@code norm_s} people per place
 * ({@link CentreBalance#cityPeoplePerPlace}):
 * <pre>
 *   expected_s = people_s / norm_s              the places the norm gives the catchment
 *   missing_s  = expected_s − places_s          negative: a surplus ({@link CentreBalance#placeChange})
 *   share_s    = missing_s / expected_s         the part of the norm the catchment lacks
 *   fundable_s = ⌊max(0, missing_s)⌋            whole places: works build places, not fractions of one
 *   staff_s    = fundable_s × staffPerPlace_s
 * </pre>
 * Ranked by the part of the norm missing, so that services of different scales (a nursery place, a help desk)
 * compare on one footing; a service missing less than one whole place ranks after every one that misses some,
 * however large its share, since no compensation can fund it; services without a norm (no place in the city)
 * or without people in the catchment come last. Ties go to more missing places, then to index order.
 */
public final class CompensationNeeds {

    /** Rounding noise of the division, so that 4.9999999 missing places still fund 5. */
    private static final double WHOLE_PLACE_SLACK = 1e-9;

    /** Per service, aligned with the inputs; {@code order} lists service indices from the one lacking most. */
    public record Result(double[] expected, double[] missing, double[] missingShare, int[] fundablePlaces,
                         double[] fundableStaff, int[] order) {
    }

    private CompensationNeeds() {
    }

    public static Result rank(double[] people, double[] places, double[] cityPeoplePerPlace, double[] staffPerPlace) {
        int n = people.length;
        Inputs.requireAmounts("people", people, n);
        Inputs.requireAmounts("places", places, n);
        Inputs.requireLength("cityPeoplePerPlace", cityPeoplePerPlace, n);
        Inputs.requireLength("staffPerPlace", staffPerPlace, n);
        double[] expected = new double[n];
        double[] missing = new double[n];
        double[] share = new double[n];
        int[] fundable = new int[n];
        double[] staff = new double[n];
        for (int s = 0; s < n; s++) {
            missing[s] = CentreBalance.placeChange(people[s], places[s], cityPeoplePerPlace[s]);
            expected[s] = missing[s] + places[s];
            share[s] = expected[s] > 0 ? missing[s] / expected[s] : Double.NaN;
            fundable[s] = missing[s] >= 1 - WHOLE_PLACE_SLACK ? (int) Math.floor(missing[s] + WHOLE_PLACE_SLACK) : 0;
            staff[s] = fundable[s] * staffPerPlace[s];
        }
        Integer[] order = new Integer[n];
        for (int s = 0; s < n; s++) {
            order[s] = s;
        }
        java.util.Arrays.sort(order, (a, b) -> {
            int byGroup = Integer.compare(group(share[a], fundable[a]), group(share[b], fundable[b]));
            if (byGroup != 0 || Double.isNaN(share[a])) {
                return byGroup;
            }
            int byShare = Double.compare(share[b], share[a]);
            return byShare != 0 ? byShare : Double.compare(missing[b], missing[a]);
        });
        return new Result(expected, missing, share, fundable, staff,
                java.util.Arrays.stream(order).mapToInt(Integer::intValue).toArray());
    }

    /** 0: misses whole places; 1: has a norm and people but nothing to fund; 2: cannot be measured. */
    private static int group(double share, int fundable) {
        return Double.isNaN(share) ? 2 : fundable > 0 ? 0 : 1;
    }
}
