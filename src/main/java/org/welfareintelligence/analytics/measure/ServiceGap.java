package org.welfareintelligence.analytics.measure;

/**
 * Over- and under-served areas against a benchmark of places per 1,000 target people. An area needs
 * {@code expected_i = people_i × benchmark_i / 1000} places; it is UNDER-served below
 * {@code expected × (1 − tolerance)}, OVER-served above {@code expected × (1 + tolerance)}, else BALANCED;
 * NO_DEMAND when it has no target people. {@code gapPlaces = expected − places} (positive = missing places),
 * {@code gapStaff = gapPlaces × staffPerPlace}.
 */
public final class ServiceGap {

    public enum Status { UNDER, BALANCED, OVER, NO_DEMAND }

    public record Result(Status[] status, double[] gapPlaces, double[] gapStaff) {
    }

    private ServiceGap() {
    }

    /** @param tolerance relative band around the benchmark counted as balanced, e.g. 0.1 for ±10 % */
    public static Result against(double[] places, double[] targetPeople, double[] benchmarkPlacesPerThousand,
            double tolerance, double staffPerPlace) {
        int n = places.length;
        Inputs.requireAmounts("places", places, n);
        Inputs.requireAmounts("targetPeople", targetPeople, n);
        Inputs.requireAmounts("benchmarkPlacesPerThousand", benchmarkPlacesPerThousand, n);
        if (!(tolerance >= 0 && tolerance < 1)) {
            throw new IllegalArgumentException("tolerance must be in [0, 1), got " + tolerance);
        }
        if (!(staffPerPlace >= 0) || Double.isInfinite(staffPerPlace)) {
            throw new IllegalArgumentException("staff per place must be finite and not negative, got " + staffPerPlace);
        }
        Status[] status = new Status[n];
        double[] gapPlaces = new double[n];
        double[] gapStaff = new double[n];
        for (int i = 0; i < n; i++) {
            double expected = targetPeople[i] * benchmarkPlacesPerThousand[i] / 1000;
            gapPlaces[i] = expected - places[i];
            gapStaff[i] = gapPlaces[i] * staffPerPlace;
            if (targetPeople[i] == 0) {
                status[i] = Status.NO_DEMAND;
            } else if (places[i] < expected * (1 - tolerance)) {
                status[i] = Status.UNDER;
            } else if (places[i] > expected * (1 + tolerance)) {
                status[i] = Status.OVER;
            } else {
                status[i] = Status.BALANCED;
            }
        }
        return new Result(status, gapPlaces, gapStaff);
    }

    /** Places per 1,000 target people over the whole city; NaN when there are no target people. */
    public static double cityRate(double[] places, double[] targetPeople) {
        Inputs.requireAmounts("places", places, places.length);
        Inputs.requireAmounts("targetPeople", targetPeople, places.length);
        double people = CompensatedSum.of(targetPeople);
        return people > 0 ? CompensatedSum.of(places) / people * 1000 : Double.NaN;
    }
}
