package org.welfareintelligence.routing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.welfareintelligence.web.CsvRows;

/**
 * A day to plan as the caller sends it (JSON, or two CSV files with the same columns in snake case). Places are
 * a point ({@code lat}/{@code lon}), a facility code or a census section code; times are "HH:mm" of the day.
 *
 * @param visits           what has to be done where and when
 * @param operators        who does it, from and to which centre, in which shift
 * @param detourFactor     road distance over straight line (default 1.3)
 * @param speedKmh         travel speed (default 15 km/h, urban traffic and parking)
 * @param timeLimitSeconds search time (default 5 s)
 */
public record RoutingRequest(List<Visit> visits, List<Operator> operators, Double detourFactor, Double speedKmh,
                             Integer timeLimitSeconds) {

    /**
     * @param durationMinutes length of the visit
     * @param windowStart     earliest start ("HH:mm")
     * @param windowEnd       latest start ("HH:mm")
     * @param skill           the skill it needs (optional)
     * @param priority        0 = normal; higher is dropped later when not everything fits
     */
    public record Visit(String id, Double lat, Double lon, String facility, String section, Integer durationMinutes,
                        String windowStart, String windowEnd, String skill, Integer priority) {
    }

    /**
     * @param skills        skills the operator has
     * @param breakEarliest earliest start of the break ("HH:mm"; optional)
     * @param breakLatest   latest start of the break
     * @param breakMinutes  length of the break (0 or absent = none)
     */
    public record Operator(String id, Double startLat, Double startLon, String startFacility, Double endLat,
                           Double endLon, String endFacility, String shiftStart, String shiftEnd, List<String> skills,
                           String breakEarliest, String breakLatest, Integer breakMinutes) {
    }

    static final String VISITS_FILE = "visits";
    static final String OPERATORS_FILE = "operators";

    /** The same day from two CSV uploads; skills of an operator are separated by ';'. */
    static RoutingRequest fromCsv(byte[] visitsCsv, byte[] operatorsCsv, Double detourFactor, Double speedKmh,
                                  Integer timeLimitSeconds) {
        List<Visit> visits = new ArrayList<>();
        for (CsvRows.Row row : CsvRows.read(VISITS_FILE, visitsCsv, "id", "duration_minutes", "window_start",
                "window_end")) {
            visits.add(new Visit(row.text("id"), decimal(row, "lat"), decimal(row, "lon"), optional(row, "facility"),
                    optional(row, "section"), row.integer("duration_minutes"), row.text("window_start"),
                    row.text("window_end"), optional(row, "skill"), whole(row, "priority")));
        }
        List<Operator> operators = new ArrayList<>();
        for (CsvRows.Row row : CsvRows.read(OPERATORS_FILE, operatorsCsv, "id", "shift_start", "shift_end")) {
            String skills = optional(row, "skills");
            operators.add(new Operator(row.text("id"), decimal(row, "start_lat"), decimal(row, "start_lon"),
                    optional(row, "start_facility"), decimal(row, "end_lat"), decimal(row, "end_lon"),
                    optional(row, "end_facility"), row.text("shift_start"), row.text("shift_end"),
                    skills == null ? List.of() : Arrays.stream(skills.split(";")).map(String::trim)
                            .filter(s -> !s.isEmpty()).toList(),
                    optional(row, "break_earliest"), optional(row, "break_latest"), whole(row, "break_minutes")));
        }
        return new RoutingRequest(visits, operators, detourFactor, speedKmh, timeLimitSeconds);
    }

    private static String optional(CsvRows.Row row, String field) {
        String value = row.fields().get(field);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static Double decimal(CsvRows.Row row, String field) {
        return optional(row, field) == null ? null : row.number(field);
    }

    private static Integer whole(CsvRows.Row row, String field) {
        return optional(row, field) == null ? null : row.integer(field);
    }
}
