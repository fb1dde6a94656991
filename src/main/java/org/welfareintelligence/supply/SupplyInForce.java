package org.welfareintelligence.supply;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The supply in force on a date: which facility services run then and with how many places, from the
 * facilities' opening and closing dates and the timeline of changes of each service (Flyway V10,
 * {@code supply_in_force(date)}). Every reader of supply joins {@link #TABLE}, binding the date to
 * {@link #DATE_PARAMETER}, so all analyses agree on what was open when.
 */
public final class SupplyInForce {

    /**
     * A table of the facility services in force on the date bound to {@link #DATE_PARAMETER}, with columns
     * {@code facility_service_id, facility_id, service_type_id, places} (places null when unknown).
     */
    public static final String TABLE = "supply_in_force(CAST(:supplyDate AS date))";
    public static final String DATE_PARAMETER = "supplyDate";

    /** The same table for today, with nothing to bind. */
    public static final String TODAY = "supply_in_force(current_date)";

    /** The day of a year that {@code year} stands for: the middle of the year, 1 July. */
    public static final int YEAR_MONTH = 7;

    private SupplyInForce() {
    }

    /**
     * The date asked for: {@code date} (YYYY-MM-DD) if given, else 1 July of {@code year}, else today;
     * a 400 naming the parameter when either is malformed.
     */
    public static LocalDate date(String date, Integer year) {
        if (date != null && !date.isBlank()) {
            try {
                return LocalDate.parse(date.trim());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("parameter date '" + date + "' is not a date written YYYY-MM-DD");
            }
        }
        if (year != null) {
            if (year < 1800 || year > 2200) {
                throw new IllegalArgumentException("parameter year " + year + " is not a year between 1800 and 2200");
            }
            return LocalDate.of(year, YEAR_MONTH, 1);
        }
        return LocalDate.now();
    }
}
