package org.welfareintelligence.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Empties the imported data (reference taxonomy stays) and snapshots row counts to prove "nothing written". */
public final class DatabaseCleaner {

    private static final List<String> DATA_TABLES = List.of("travel_cost", "facility_occupancy",
            "facility_service_change", "facility_service_target", "facility_service", "facility", "organisation",
            "demand_method", "demand_estimate", "section_deprivation", "demand", "census_section", "territorial_area", "public_place", "import_batch");

    private DatabaseCleaner() {
    }

    public static void clean(JdbcTemplate jdbc) {
        jdbc.execute("TRUNCATE " + String.join(", ", DATA_TABLES) + " RESTART IDENTITY CASCADE");
    }

    /** Row count of every data table, in a fixed order. */
    public static Map<String, Long> counts(JdbcTemplate jdbc) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : DATA_TABLES) {
            counts.put(table, jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class));
        }
        return counts;
    }
}
