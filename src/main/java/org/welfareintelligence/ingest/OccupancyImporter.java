package org.welfareintelligence.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.welfareintelligence.ingest.format.FeatureSource;
import org.welfareintelligence.ingest.format.SourceFeature;

/**
 * Imports occupancy: facility_code,service_type,in_use,waiting,as_of — places in use and people waiting for a
 * service the facility already offers, as of a date. The figures replace the service's previous ones.
 */
@Component
class OccupancyImporter {

    private static final List<String> FIELDS = List.of("facility_code", "service_type", "in_use", "waiting", "as_of");

    private final JdbcTemplate jdbc;

    OccupancyImporter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Counts run(FeatureSource table, ImportOptions options, long batchId) {
        SourceFields.requireAll(table, options, FIELDS);
        Map<String, Long> serviceIds = new HashMap<>();
        jdbc.query("""
                SELECT f.code || '/' || st.code, fs.id FROM facility_service fs JOIN facility f ON f.id = fs.facility_id
                JOIN service_type st ON st.id = fs.service_type_id""",
                rs -> {
                    serviceIds.put(rs.getString(1), rs.getLong(2));
                });
        LocalDate today = LocalDate.now();
        UniqueKeys keys = new UniqueKeys("service", "row");
        List<Object[]> rows = new ArrayList<>();
        for (SourceFeature row : table.features()) {
            FieldValues values = new FieldValues(table.fileName(), row, "row");
            String facility = values.code("facility_code");
            String serviceType = values.code("service_type");
            Long serviceId = serviceIds.get(facility + "/" + serviceType);
            if (serviceId == null) {
                throw values.error("service_type", "facility " + facility + " offers no service " + serviceType
                        + ": import the facility services first");
            }
            keys.claim(values, "service_type", facility + "/" + serviceType, row.index());
            int inUse = required(values, "in_use", values.optionalInteger("in_use"));
            int waiting = required(values, "waiting", values.optionalInteger("waiting"));
            LocalDate asOf = values.optionalDate("as_of");
            if (asOf == null) {
                throw values.error("as_of", "a date is required, written as YYYY-MM-DD");
            }
            if (asOf.isAfter(today)) {
                throw values.error("as_of", asOf + " is in the future");
            }
            rows.add(new Object[] {serviceId, inUse, waiting, asOf, options.loadedBy(), batchId});
        }
        jdbc.batchUpdate("""
                INSERT INTO facility_occupancy (facility_service_id, in_use, waiting, as_of, updated_by, batch_id)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (facility_service_id) DO UPDATE SET in_use = excluded.in_use, waiting = excluded.waiting,
                    as_of = excluded.as_of, updated_by = excluded.updated_by, batch_id = excluded.batch_id""", rows);
        return new Counts(table.features().size(), rows.size(), 0, 0);
    }

    private static int required(FieldValues values, String field, Integer value) {
        if (value == null) {
            throw values.error(field, "a whole number >= 0 is required");
        }
        return value;
    }
}
