package org.welfareintelligence.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.welfareintelligence.ingest.format.FeatureSource;
import org.welfareintelligence.ingest.format.SourceFeature;

/**
 * Imports public places of one kind ({@code placeKind=school}, {@code library}, ...) as points with a code, a name
 * and an optional address. The usual field names of Milan's school and library registries are recognised
 * (CODSCUOLA / DENOMINAZIONESCUOLA / INDIRIZZOSCUOLA, codiceIsil / denominazioni.ufficiale / indirizzo.via-piazza).
 */
@Component
class PublicPlaceImporter {

    private final JdbcTemplate jdbc;
    private final GeometryStaging staging;

    PublicPlaceImporter(JdbcTemplate jdbc, GeometryStaging staging) {
        this.jdbc = jdbc;
        this.staging = staging;
    }

    Counts run(FeatureSource source, ImportOptions options, long batchId, List<String> warnings) {
        String kind = options.field("placeKind", null);
        if (kind == null || !kind.matches("[A-Za-z][A-Za-z_-]{0,29}")) {
            throw new IllegalArgumentException("placeKind is required: the kind of the places, a word such as "
                    + "school or library (letters, _ and -, at most 30)");
        }
        String file = source.fileName();
        String codeField = SourceFields.pick(source, options, "codeField", List.of("code", "CODSCUOLA", "codiceIsil"),
                true);
        String nameField = SourceFields.pick(source, options, "nameField",
                List.of("name", "DENOMINAZIONESCUOLA", "denominazioni.ufficiale"), true);
        String addressField = SourceFields.pick(source, options, "addressField",
                List.of("address", "INDIRIZZOSCUOLA", "indirizzo.via-piazza"), false);
        GeometryStaging.Outcome geometry = staging.stage(source, options.srid(), options.repair(),
                GeometryStaging.Expected.POINT);
        warnings.addAll(geometry.warnings());
        UniqueKeys keys = new UniqueKeys("public place", "feature");
        List<Object[]> rows = new ArrayList<>();
        for (SourceFeature feature : source.features()) {
            FieldValues values = new FieldValues(file, feature, "feature");
            String code = values.code(codeField);
            keys.claim(values, codeField, code, feature.index());
            rows.add(new Object[] {kind.toUpperCase(Locale.ROOT).replace('-', '_'), code, values.text(nameField, 300),
                    addressField == null ? null : values.optionalText(addressField, 300), batchId, feature.index()});
        }
        jdbc.batchUpdate("""
                INSERT INTO public_place (kind, code, name, address, batch_id, geom)
                SELECT CAST(? AS varchar), CAST(? AS varchar), CAST(? AS varchar), CAST(? AS varchar),
                       CAST(? AS bigint), g.geom
                FROM staged_geometry g WHERE g.idx = ?
                ON CONFLICT (kind, code) DO UPDATE SET name = excluded.name, address = excluded.address,
                    batch_id = excluded.batch_id, geom = excluded.geom""", rows);
        return new Counts(source.features().size(), rows.size(), 0, geometry.repaired());
    }
}
