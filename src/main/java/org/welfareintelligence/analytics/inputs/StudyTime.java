package org.welfareintelligence.analytics.inputs;

import java.time.LocalDate;
import org.welfareintelligence.supply.SupplyInForce;

/**
 * When an analysis looks. Demand: the {@code period} named, else the one in force in {@code year} (the latest not
 * after it), else the latest. Supply: the services in force on {@code supplyOn}, which is the {@code date} asked
 * for, else 1 July of {@code year}, else today.
 */
public record StudyTime(String period, Integer year, LocalDate supplyOn) {

    /** How the endpoints describe {@code year} and {@code date}. */
    public static final String YEAR_DOC = "demand in force in this year (the latest period not after it, unless "
            + "period is given) and supply in force on 1 July of it (unless date is given)";
    public static final String DATE_DOC = "supply in force on this date, YYYY-MM-DD (default: 1 July of year, else today)";

    /** From the query parameters {@code period}, {@code year} and {@code date}, each optional. */
    public static StudyTime of(String period, Integer year, String date) {
        String named = period == null || period.isBlank() ? null : period.trim();
        return new StudyTime(named, year, SupplyInForce.date(date, year));
    }

    /** The latest period and today's supply. */
    public static StudyTime now() {
        return of(null, null, null);
    }

    /** The same supply date with another demand period. */
    public StudyTime withPeriod(String otherPeriod) {
        return new StudyTime(otherPeriod, year, supplyOn);
    }
}
