package org.welfareintelligence.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.welfareintelligence.ingest.format.FeatureSource;
import org.welfareintelligence.ingest.format.SourceFeature;

/** Imports operators from a table with columns code;name;type;sector;tax_code (type PUBLIC, THIRD_SECTOR, PRIVATE). */
@Component
class OrganisationImporter {

    private final JdbcTemplate jdbc;

    OrganisationImporter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Counts run(FeatureSource table, ImportOptions options, long batchId) {
        String file = table.fileName();
        SourceFields.pick(table, options, "code", List.of("code"), true);
        SourceFields.pick(table, options, "name", List.of("name"), true);
        UniqueKeys keys = new UniqueKeys("organisation", "row");
        List<Object[]> rows = new ArrayList<>();
        for (SourceFeature row : table.features()) {
            FieldValues values = new FieldValues(file, row, "row");
            String code = values.code("code");
            keys.claim(values, "code", code, row.index());
            String taxCode = values.optionalText("tax_code", 20);
            if (taxCode != null && !taxCode.matches("[0-9A-Za-z]{11,16}")) {
                throw values.error("tax_code", "\"" + taxCode + "\" is not an Italian tax code (11 digits or 16 characters)");
            }
            rows.add(new Object[] {code, values.text("name", 300),
                    values.oneOf("type", Set.of("PUBLIC", "THIRD_SECTOR", "PRIVATE"), null),
                    values.optionalText("sector", 100), taxCode, batchId});
        }
        jdbc.batchUpdate("""
                INSERT INTO organisation (code, name, type, sector, tax_code, batch_id) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (code) DO UPDATE SET name = excluded.name, type = excluded.type, sector = excluded.sector,
                    tax_code = excluded.tax_code, batch_id = excluded.batch_id""", rows);
        return new Counts(table.features().size(), rows.size(), 0, 0);
    }
}
