package org.welfareintelligence.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.welfareintelligence.ingest.format.FeatureSource;
import org.welfareintelligence.ingest.format.SourceFeature;

/**
 * Imports facilities as points with code, name, address, organisation_code, status (OPEN, PLANNED,
 * SUSPENDED, CLOSED; default OPEN), opened_on and closed_on. Each facility is placed in the census
 * section that contains it.
 */
@Component
class FacilityImporter {

    private static final Set<String> STATUSES = Set.of("OPEN", "PLANNED", "SUSPENDED", "CLOSED");

    private final JdbcTemplate jdbc;
    private final GeometryStaging staging;

    FacilityImporter(JdbcTemplate jdbc, GeometryStaging staging) {
        this.jdbc = jdbc;
        this.staging = staging;
    }

    Counts run(FeatureSource source, ImportOptions options, long batchId, List<String> warnings) {
        String file = source.fileName();
        String codeField = SourceFields.pick(source, options, "codeField", List.of("code"), true);
        String nameField = SourceFields.pick(source, options, "nameField", List.of("name"), true);
        Map<String, Long> organisations = CodeIds.of(jdbc, "organisation");
        GeometryStaging.Outcome geometry = staging.stage(source, options.srid(), options.repair(),
                GeometryStaging.Expected.POINT);
        warnings.addAll(geometry.warnings());

        UniqueKeys keys = new UniqueKeys("facility", "feature");
        List<Object[]> rows = new ArrayList<>();
        for (SourceFeature feature : source.features()) {
            FieldValues values = new FieldValues(file, feature, "feature");
            String code = values.code(codeField);
            keys.claim(values, codeField, code, feature.index());
            String organisation = values.optionalCode("organisation_code");
            Long organisationId = organisation == null ? null : organisations.get(organisation);
            if (organisation != null && organisationId == null) {
                throw values.error("organisation_code", "unknown organisation " + organisation
                        + ": import the organisations first");
            }
            var openedOn = values.optionalDate("opened_on");
            var closedOn = values.optionalDate("closed_on");
            if (openedOn != null && closedOn != null && closedOn.isBefore(openedOn)) {
                throw values.error("closed_on", "closed_on " + closedOn + " is before opened_on " + openedOn);
            }
            rows.add(new Object[] {code, values.text(nameField, 300), values.optionalText("address", 300),
                    organisationId, values.oneOf("status", STATUSES, "OPEN"),
                    openedOn == null ? null : java.sql.Date.valueOf(openedOn),
                    closedOn == null ? null : java.sql.Date.valueOf(closedOn), batchId, feature.index()});
        }
        jdbc.batchUpdate("""
                INSERT INTO facility (code, name, address, organisation_id, status, opened_on, closed_on, batch_id, geom)
                SELECT CAST(? AS varchar), CAST(? AS varchar), CAST(? AS varchar), CAST(? AS bigint),
                       CAST(? AS varchar), CAST(? AS date), CAST(? AS date), CAST(? AS bigint), g.geom
                FROM staged_geometry g WHERE g.idx = ?
                ON CONFLICT (code) DO UPDATE SET name = excluded.name, address = excluded.address,
                    organisation_id = excluded.organisation_id, status = excluded.status,
                    opened_on = excluded.opened_on, closed_on = excluded.closed_on,
                    batch_id = excluded.batch_id, geom = excluded.geom""", rows);
        jdbc.update("""
                UPDATE facility f SET section_id = (SELECT s.id FROM census_section s
                    WHERE ST_Intersects(s.geom, f.geom) ORDER BY s.code LIMIT 1)
                WHERE f.batch_id = ?""", batchId);
        return new Counts(source.features().size(), rows.size(), 0, geometry.repaired());
    }
}
