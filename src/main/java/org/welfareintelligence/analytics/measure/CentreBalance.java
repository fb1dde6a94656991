package org.welfareintelligence.analytics.measure;

/**
 * How a centre's size compares with its demand. The city norm is the people of the served targets per place over
 * the whole city, {@code Σ demand / Σ capacity}; a centre's load is the people of its catchment per place, and its
 * load ratio that load over the norm (above 1: more people per place than in the city, a centre small for its
 * demand). For a centre's services, the places the norm would give its catchment ({@code people / norm}) against
 * the places it has: the change in places, and in staff at a staff-per-place ratio.
 */
public final class CentreBalance {

    private CentreBalance() {
    }

    /** Σ demand / Σ capacity: the city's people per place; NaN when the city has no place. */
    public static double cityPeoplePerPlace(double[] demand, double[] capacity) {
        Inputs.requireAmounts("demand", demand, demand.length);
        Inputs.requireAmounts("capacity", capacity, capacity.length);
        double people = 0;
        double places = 0;
        for (double d : demand) {
            people += d;
        }
        for (double c : capacity) {
            places += c;
        }
        return places > 0 ? people / places : Double.NaN;
    }

    /** Per centre, (served / capacity) / norm; NaN when its capacity is 0 or the norm is not positive. */
    public static double[] loadRatio(double[] served, double[] capacity, double cityPeoplePerPlace) {
        double[] ratio = new double[served.length];
        for (int j = 0; j < served.length; j++) {
            ratio[j] = capacity[j] > 0 && cityPeoplePerPlace > 0 ? served[j] / capacity[j] / cityPeoplePerPlace
                    : Double.NaN;
        }
        return ratio;
    }

    /**
     * The change in places that brings the catchment to the city norm: {@code people / norm − places}
     * (positive: increase); NaN when the norm is not positive.
     */
    public static double placeChange(double people, double places, double cityPeoplePerPlace) {
        return cityPeoplePerPlace > 0 ? people / cityPeoplePerPlace - places : Double.NaN;
    }

    /**
     * Indices ordered by value, largest first, NaN last; ties keep index order. Used to rank centres by load
     * ratio and services by their change in places.
     */
    public static int[] descending(double[] values) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> {
            boolean na = Double.isNaN(values[a]);
            boolean nb = Double.isNaN(values[b]);
            return na || nb ? Boolean.compare(na, nb) : Double.compare(values[b], values[a]);
        });
        int[] result = new int[order.length];
        for (int i = 0; i < result.length; i++) {
            result[i] = order[i];
        }
        return result;
    }
}
