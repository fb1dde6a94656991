package org.welfareintelligence.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.welfareintelligence.geo.CityProperties;
import org.welfareintelligence.ingest.format.FeatureSource;
import org.welfareintelligence.ingest.format.InvalidInputException;
import org.welfareintelligence.ingest.format.SourceFeature;
import org.welfareintelligence.territory.AreaLevel;

/**
 * Imports municipi, neighbourhoods (NIL) or census areas (ACE). Options: level (required), codeField,
 * nameField, parentField (a code of the level above); field names default to the ones Milan and ISTAT
 * publish (MUNICIPIO/ZONADEC, ID_NIL/IDquartiere + NIL/quartiere, ACE).
 */
@Component
class AreaImporter {

    private static final Map<AreaLevel, List<String>> CODE_FIELDS = Map.of(
            AreaLevel.MUNICIPIO, List.of("MUNICIPIO", "ZONADEC", "code"),
            AreaLevel.NEIGHBOURHOOD, List.of("ID_NIL", "IDquartiere", "code"),
            AreaLevel.CENSUS_AREA, List.of("ACE", "code"));
    private static final Map<AreaLevel, List<String>> NAME_FIELDS = Map.of(
            AreaLevel.MUNICIPIO, List.of("NAME", "name", "NOME"),
            AreaLevel.NEIGHBOURHOOD, List.of("NIL", "quartiere", "NAME", "name"),
            AreaLevel.CENSUS_AREA, List.of("NAME", "name"));
    private static final Map<AreaLevel, String> LABELS = Map.of(
            AreaLevel.MUNICIPIO, "Municipio", AreaLevel.NEIGHBOURHOOD, "NIL", AreaLevel.CENSUS_AREA, "ACE");

    private final JdbcTemplate jdbc;
    private final GeometryStaging staging;
    private final CityProperties city;

    AreaImporter(JdbcTemplate jdbc, GeometryStaging staging, CityProperties city) {
        this.jdbc = jdbc;
        this.staging = staging;
        this.city = city;
    }

    Counts run(FeatureSource source, ImportOptions options, long batchId, List<String> warnings) {
        String file = source.fileName();
        AreaLevel level = level(file, options);
        String codeField = SourceFields.pick(source, options, "codeField", CODE_FIELDS.get(level), true);
        String nameField = SourceFields.pick(source, options, "nameField", NAME_FIELDS.get(level), false);
        String parentField = SourceFields.pick(source, options, "parentField",
                level == AreaLevel.NEIGHBOURHOOD ? List.of("MUNICIPIO") : List.of(), false);
        AreaLevel parentLevel = level == AreaLevel.MUNICIPIO ? AreaLevel.CITY : AreaLevel.MUNICIPIO;
        Map<String, Long> parents = parentField == null ? Map.of() : CodeIds.ofAreas(jdbc, parentLevel.name());

        GeometryStaging.Outcome geometry = staging.stage(source, options.srid(), options.repair(),
                GeometryStaging.Expected.POLYGONAL);
        warnings.addAll(geometry.warnings());

        UniqueKeys keys = new UniqueKeys("code", "feature");
        List<Object[]> rows = new ArrayList<>();
        for (SourceFeature feature : source.features()) {
            FieldValues values = new FieldValues(file, feature, "feature");
            String code = values.code(codeField);
            keys.claim(values, codeField, code, feature.index());
            String name = nameField == null ? null : values.optionalText(nameField, 200);
            Long parentId = null;
            if (parentField != null) {
                String parentCode = values.optionalCode(parentField);
                parentId = parentCode == null ? null : parents.get(parentCode);
                if (parentCode != null && parentId == null) {
                    throw values.error(parentField, "unknown " + parentLevel.name().toLowerCase() + " code "
                            + parentCode + ": import the " + parentLevel.name().toLowerCase() + " areas first");
                }
            }
            rows.add(new Object[] {level.name(), code, name == null ? LABELS.get(level) + " " + code : name,
                    parentId, batchId, feature.index()});
        }
        jdbc.batchUpdate("""
                INSERT INTO territorial_area (level, code, name, parent_id, geom, area_km2, batch_id)
                SELECT CAST(? AS varchar), CAST(? AS varchar), CAST(? AS varchar), CAST(? AS bigint), g.geom,
                       ST_Area(ST_Transform(g.geom, %d)) / 1e6, CAST(? AS bigint)
                FROM staged_geometry g WHERE g.idx = ?
                ON CONFLICT (level, code) DO UPDATE SET name = excluded.name,
                    parent_id = coalesce(excluded.parent_id, territorial_area.parent_id),
                    geom = excluded.geom, area_km2 = excluded.area_km2, batch_id = excluded.batch_id"""
                        .formatted(city.metricSrid()),
                rows);
        return new Counts(source.features().size(), rows.size(), 0, geometry.repaired());
    }

    private static AreaLevel level(String file, ImportOptions options) {
        String text = options.field("level", null);
        Set<String> allowed = new HashSet<>(List.of("MUNICIPIO", "NEIGHBOURHOOD", "NIL", "CENSUS_AREA", "ACE"));
        if (text == null || !allowed.contains(text.toUpperCase().replace('-', '_'))) {
            throw new InvalidInputException(file, "request", "level",
                    "level must be municipio, neighbourhood (nil) or census-area (ace)");
        }
        return AreaLevel.parse(text);
    }
}
