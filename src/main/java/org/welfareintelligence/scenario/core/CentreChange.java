package org.welfareintelligence.scenario.core;

/**
 * A change of one centre from the start of {@code year}: OPEN a new centre (an index whose base places are 0)
 * with {@code places} and a ramp-up, CLOSE it (0 places), or RESIZE it by {@code places} (±, never below 0).
 */
public record CentreChange(Kind kind, int centre, int year, double places, int rampUpMonths) {

    public enum Kind { OPEN, CLOSE, RESIZE }

    public CentreChange {
        if (centre < 0) {
            throw new IllegalArgumentException("centre index must not be negative, got " + centre);
        }
        if (!Double.isFinite(places) || kind == Kind.OPEN && places <= 0) {
            throw new IllegalArgumentException(kind + " of centre " + centre + ": places must be "
                    + (kind == Kind.OPEN ? "above 0" : "a number") + ", got " + places);
        }
        if (rampUpMonths < 0) {
            throw new IllegalArgumentException("rampUpMonths must not be negative, got " + rampUpMonths);
        }
    }

    public static CentreChange open(int centre, int year, double places, int rampUpMonths) {
        return new CentreChange(Kind.OPEN, centre, year, places, rampUpMonths);
    }

    public static CentreChange close(int centre, int year) {
        return new CentreChange(Kind.CLOSE, centre, year, 0, 0);
    }

    public static CentreChange resize(int centre, int year, double places) {
        return new CentreChange(Kind.RESIZE, centre, year, places, 0);
    }
}
