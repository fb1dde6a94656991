package org.welfareintelligence.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.welfareintelligence.geo.CityProperties;
import org.welfareintelligence.ingest.format.FeatureSource;
import org.welfareintelligence.ingest.format.SourceFeature;

/**
 * Imports census-section polygons keyed by SEZ2011 (option codeField). Optional fields link each section
 * to its neighbourhood (neighbourhoodField, default ID_NIL) and census area (censusAreaField, default ACE);
 * sections without them are linked by where they lie. Census figures of existing sections are kept.
 */
@Component
class SectionImporter {

    private final JdbcTemplate jdbc;
    private final GeometryStaging staging;
    private final CityProperties city;

    SectionImporter(JdbcTemplate jdbc, GeometryStaging staging, CityProperties city) {
        this.jdbc = jdbc;
        this.staging = staging;
        this.city = city;
    }

    Counts run(FeatureSource source, ImportOptions options, long batchId, List<String> warnings) {
        String file = source.fileName();
        String codeField = SourceFields.pick(source, options, "codeField", List.of("SEZ2011", "SEZ", "code"), true);
        String nilField = SourceFields.pick(source, options, "neighbourhoodField", List.of("ID_NIL"), false);
        String aceField = SourceFields.pick(source, options, "censusAreaField", List.of("ACE"), false);
        Map<String, Long> neighbourhoods = CodeIds.ofAreas(jdbc, "NEIGHBOURHOOD");
        Map<String, Long> censusAreas = CodeIds.ofAreas(jdbc, "CENSUS_AREA");

        GeometryStaging.Outcome geometry = staging.stage(source, options.srid(), options.repair(),
                GeometryStaging.Expected.POLYGONAL);
        warnings.addAll(geometry.warnings());

        UniqueKeys keys = new UniqueKeys("section", "feature");
        List<Object[]> rows = new ArrayList<>();
        for (SourceFeature feature : source.features()) {
            FieldValues values = new FieldValues(file, feature, "feature");
            String code = values.code(codeField);
            keys.claim(values, codeField, code, feature.index());
            Long nil = CodeIds.resolve(values, nilField, neighbourhoods, "neighbourhood");
            Long ace = CodeIds.resolve(values, aceField, censusAreas, "census area");
            rows.add(new Object[] {code, nil, ace, batchId, feature.index()});
        }
        jdbc.batchUpdate("""
                INSERT INTO census_section (code, neighbourhood_id, census_area_id, geom, centroid, area_km2, batch_id)
                SELECT CAST(? AS varchar), CAST(? AS bigint), CAST(? AS bigint), g.geom, ST_PointOnSurface(g.geom),
                       ST_Area(ST_Transform(g.geom, %d)) / 1e6, CAST(? AS bigint)
                FROM staged_geometry g WHERE g.idx = ?
                ON CONFLICT (code) DO UPDATE SET geom = excluded.geom, centroid = excluded.centroid,
                    area_km2 = excluded.area_km2, batch_id = excluded.batch_id,
                    neighbourhood_id = coalesce(excluded.neighbourhood_id, census_section.neighbourhood_id),
                    census_area_id = coalesce(excluded.census_area_id, census_section.census_area_id)"""
                        .formatted(city.metricSrid()), rows);
        return new Counts(source.features().size(), rows.size(), 0, geometry.repaired());
    }
}
