package org.welfareintelligence.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.welfareintelligence.ingest.format.FeatureSource;
import org.welfareintelligence.ingest.format.InvalidInputException;
import org.welfareintelligence.ingest.format.SourceFeature;

/**
 * Imports an origin–destination cost table: origin (section code), destination (facility code, or section
 * code with destinations=sections), cost. Option unit = minutes (default) or metres. Only the listed pairs
 * are stored, so the table stays sparse; re-importing a pair replaces its cost.
 */
@Component
class TravelCostImporter {

    private final JdbcTemplate jdbc;

    TravelCostImporter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Counts run(FeatureSource table, ImportOptions options, long batchId) {
        String file = table.fileName();
        for (String required : List.of("origin", "destination", "cost")) {
            SourceFields.pick(table, options, required, List.of(required), true);
        }
        String unit = unit(file, options.field("unit", "minutes"));
        boolean toSections = destinationsAreSections(file, options.field("destinations", "facilities"));
        Map<String, Long> sections = CodeIds.of(jdbc, "census_section");
        Map<String, Long> destinations = toSections ? sections : CodeIds.of(jdbc, "facility");

        UniqueKeys keys = new UniqueKeys("origin-destination pair", "row");
        List<Object[]> rows = new ArrayList<>();
        for (SourceFeature row : table.features()) {
            FieldValues values = new FieldValues(file, row, "row");
            String origin = values.code("origin");
            String destination = values.code("destination");
            Long originId = sections.get(origin);
            if (originId == null) {
                throw values.error("origin", "unknown census section " + origin + ": import the sections first");
            }
            Long destinationId = destinations.get(destination);
            if (destinationId == null) {
                throw values.error("destination", "unknown " + (toSections ? "census section " : "facility ")
                        + destination + ": import the " + (toSections ? "sections" : "facilities") + " first");
            }
            values.text("cost", 30);
            Double cost = values.optionalDecimal("cost");
            if (cost.isNaN() || cost.isInfinite()) {
                throw values.error("cost", "\"" + values.text("cost", 30) + "\" is not a finite number");
            }
            keys.claim(values, "destination", origin + " → " + destination, row.index());
            rows.add(new Object[] {originId, destinationId, unit, cost, batchId});
        }
        String destinationColumn = toSections ? "destination_section_id" : "destination_facility_id";
        jdbc.batchUpdate("""
                INSERT INTO travel_cost (origin_section_id, %1$s, unit, cost, batch_id) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (origin_section_id, %1$s, unit) WHERE %1$s IS NOT NULL
                DO UPDATE SET cost = excluded.cost, batch_id = excluded.batch_id""".formatted(destinationColumn), rows);
        return new Counts(table.features().size(), rows.size(), 0, 0);
    }

    private static String unit(String file, String option) {
        return switch (option.toLowerCase(Locale.ROOT)) {
            case "minutes", "min" -> "MINUTES";
            case "metres", "meters", "m" -> "METRES";
            default -> throw new InvalidInputException(file, "option", "unit",
                    "unknown unit '" + option + "': use minutes or metres");
        };
    }

    private static boolean destinationsAreSections(String file, String option) {
        return switch (option.toLowerCase(Locale.ROOT)) {
            case "facilities", "facility" -> false;
            case "sections", "section" -> true;
            default -> throw new InvalidInputException(file, "option",
                    "destinations", "unknown destinations '" + option + "': use facilities or sections");
        };
    }
}
