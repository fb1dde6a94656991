package org.welfareintelligence.analytics.measure;

/** Over- and under-served areas against a benchmark of places per 1,000 target people. */
public final class ServiceGap {

    public enum Status { UNDER, BALANCED, OVER, NO_DEMAND }

    public record Result(Status[] status, double[] gapPlaces, double[] gapStaff) {
    }

    private ServiceGap() {
    }

    public static Result against(double[] places, double[] targetPeople, double[] benchmarkPlacesPerThousand,
            double tolerance, double staffPerPlace) {
        throw new UnsupportedOperationException();
    }

    public static double cityRate(double[] places, double[] targetPeople) { throw new UnsupportedOperationException(); }
}
