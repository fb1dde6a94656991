package org.welfareintelligence.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.welfareintelligence.ingest.format.FeatureSource;
import org.welfareintelligence.ingest.format.SourceFeature;

/**
 * Imports what each facility offers: facility_code;service_type;capacity_places;staff_fte;targets, where
 * targets is a '|'-separated list of target codes (empty = every target the service type serves).
 */
@Component
class FacilityServiceImporter {

    private final JdbcTemplate jdbc;

    FacilityServiceImporter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Counts run(FeatureSource table, ImportOptions options, long batchId) {
        String file = table.fileName();
        for (String required : List.of("facility_code", "service_type")) {
            SourceFields.pick(table, options, required, List.of(required), true);
        }
        Map<String, Long> facilities = CodeIds.of(jdbc, "facility");
        Map<String, Long> serviceTypes = CodeIds.of(jdbc, "service_type");
        Map<String, Long> targets = CodeIds.of(jdbc, "target");

        UniqueKeys keys = new UniqueKeys("service", "row");
        List<Object[]> services = new ArrayList<>();
        List<Object[]> serviceTargets = new ArrayList<>();
        for (SourceFeature row : table.features()) {
            FieldValues values = new FieldValues(file, row, "row");
            String facility = values.code("facility_code");
            String serviceType = values.code("service_type");
            Long facilityId = facilities.get(facility);
            if (facilityId == null) {
                throw values.error("facility_code", "unknown facility " + facility + ": import the facilities first");
            }
            Long serviceTypeId = serviceTypes.get(serviceType);
            if (serviceTypeId == null) {
                throw values.error("service_type", "unknown service type " + serviceType
                        + " (see /api/service-types)");
            }
            keys.claim(values, "service_type", facility + "/" + serviceType, row.index());
            services.add(new Object[] {facilityId, serviceTypeId, values.optionalInteger("capacity_places"),
                    values.optionalDecimal("staff_fte"), batchId});
            String targetList = values.optionalText("targets", 2000);
            if (targetList != null) {
                for (String code : targetList.split("\\|")) {
                    Long targetId = targets.get(code.trim());
                    if (targetId == null) {
                        throw values.error("targets", "unknown target code " + code.trim());
                    }
                    serviceTargets.add(new Object[] {facilityId, serviceTypeId, targetId});
                }
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO facility_service (facility_id, service_type_id, capacity_places, staff_fte, batch_id)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (facility_id, service_type_id) DO UPDATE SET capacity_places = excluded.capacity_places,
                    staff_fte = excluded.staff_fte, batch_id = excluded.batch_id""", services);
        jdbc.batchUpdate("""
                DELETE FROM facility_service_target WHERE facility_service_id =
                    (SELECT id FROM facility_service WHERE facility_id = ? AND service_type_id = ?)""",
                services.stream().map(s -> new Object[] {s[0], s[1]}).toList());
        jdbc.batchUpdate("""
                INSERT INTO facility_service_target (facility_service_id, target_id)
                SELECT id, ? FROM facility_service WHERE facility_id = ? AND service_type_id = ?
                ON CONFLICT DO NOTHING""",
                serviceTargets.stream().map(t -> new Object[] {t[2], t[0], t[1]}).toList());
        return new Counts(table.features().size(), services.size(), 0, 0);
    }
}
