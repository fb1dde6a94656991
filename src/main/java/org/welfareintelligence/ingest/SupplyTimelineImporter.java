package org.welfareintelligence.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.welfareintelligence.ingest.format.FeatureSource;
import org.welfareintelligence.ingest.format.SourceFeature;

/**
 * Imports the timeline of facility services: facility_code,service_type,effective_on,places[,status] — from
 * effective_on the service offers {@code places} (status OPEN, the default) or is closed (status CLOSED, places
 * may be empty). The file is the whole timeline of every service it names: their earlier changes are replaced.
 */
@Component
class SupplyTimelineImporter {

    private static final List<String> REQUIRED = List.of("facility_code", "service_type", "effective_on", "places");
    private static final Set<String> STATUSES = Set.of("OPEN", "CLOSED");

    private final JdbcTemplate jdbc;

    SupplyTimelineImporter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Counts run(FeatureSource table, ImportOptions options, long batchId) {
        SourceFields.requireAll(table, options, REQUIRED);
        Map<String, long[]> services = new LinkedHashMap<>();
        jdbc.query("""
                SELECT f.code || '/' || st.code, fs.facility_id, fs.service_type_id FROM facility_service fs
                JOIN facility f ON f.id = fs.facility_id JOIN service_type st ON st.id = fs.service_type_id""",
                rs -> {
                    services.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
                });
        UniqueKeys keys = new UniqueKeys("change", "row");
        Map<String, long[]> named = new LinkedHashMap<>();
        List<Object[]> rows = new ArrayList<>();
        for (SourceFeature row : table.features()) {
            FieldValues values = new FieldValues(table.fileName(), row, "row");
            String facility = values.code("facility_code");
            String serviceType = values.code("service_type");
            long[] service = services.get(facility + "/" + serviceType);
            if (service == null) {
                throw values.error("service_type", "facility " + facility + " offers no service " + serviceType
                        + ": import the facilities and facility services first");
            }
            LocalDate effectiveOn = values.optionalDate("effective_on");
            if (effectiveOn == null) {
                throw values.error("effective_on", "a date is required, written as YYYY-MM-DD");
            }
            keys.claim(values, "effective_on", facility + "/" + serviceType + "/" + effectiveOn, row.index());
            boolean open = values.oneOf("status", STATUSES, "OPEN").equals("OPEN");
            Integer places = values.optionalInteger("places");
            if (open && places == null) {
                throw values.error("places", "the places offered from " + effectiveOn + " are required "
                        + "(a whole number >= 0) unless status is CLOSED");
            }
            named.put(facility + "/" + serviceType, service);
            rows.add(new Object[] {service[0], service[1], effectiveOn, places, open, batchId});
        }
        jdbc.batchUpdate("DELETE FROM facility_service_change WHERE facility_id = ? AND service_type_id = ?",
                named.values().stream().map(s -> new Object[] {s[0], s[1]}).toList());
        jdbc.batchUpdate("""
                INSERT INTO facility_service_change (facility_id, service_type_id, effective_on, places, open, batch_id)
                VALUES (?, ?, ?, ?, ?, ?)""", rows);
        return new Counts(table.features().size(), rows.size(), 0, 0);
    }
}
