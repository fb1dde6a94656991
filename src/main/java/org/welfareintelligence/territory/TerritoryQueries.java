package org.welfareintelligence.territory;

import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.welfareintelligence.geo.BoundingBox;
import org.welfareintelligence.geo.MapScale;

/** Territorial layers as GeoJSON, built by PostGIS so that large layers never pass through Java objects. */
@Service
public class TerritoryQueries {

    private static final String BBOX_FILTER =
            " AND (CAST(:minLon AS float8) IS NULL OR g.geom && ST_MakeEnvelope(CAST(:minLon AS float8),"
            + " CAST(:minLat AS float8), CAST(:maxLon AS float8), CAST(:maxLat AS float8), 4326))";

    private final NamedParameterJdbcTemplate jdbc;
    private final TerritorialDisclosure disclosure;

    TerritoryQueries(NamedParameterJdbcTemplate jdbc, TerritorialDisclosure disclosure) {
        this.jdbc = jdbc;
        this.disclosure = disclosure;
    }

    public String areasGeoJson(AreaLevel level, BoundingBox bbox, Integer zoom) {
        String features = """
                SELECT g.code, json_build_object('type', 'Feature', 'id', g.code,
                         'geometry', ST_AsGeoJSON(ST_SimplifyPreserveTopology(g.geom, :tolerance), :digits)::json,
                         'properties', json_build_object('code', g.code, 'name', g.name, 'level', g.level,
                                 'population', CASE WHEN g.id = ANY(CAST(:hiddenPopulation AS bigint[])) THEN NULL
                                         ELSE g.population END, 'areaKm2', round(g.area_km2::numeric, 3),
                                 'parent', p.code)) AS feature
                FROM territorial_area g LEFT JOIN territorial_area p ON p.id = g.parent_id
                WHERE g.level = :level AND g.geom IS NOT NULL""" + BBOX_FILTER;
        return collection(features, params(bbox, zoom).addValue("level", level.name())
                .addValue("hiddenPopulation", disclosure.population().areaIdArray()));
    }

    public String sectionsGeoJson(BoundingBox bbox, Integer zoom) {
        String features = """
                SELECT g.code, json_build_object('type', 'Feature', 'id', g.code,
                         'geometry', ST_AsGeoJSON(ST_SimplifyPreserveTopology(g.geom, :tolerance), :digits)::json,
                         'properties', json_build_object('code', g.code,
                                 'population', CASE WHEN g.id = ANY(CAST(:hiddenPopulation AS bigint[])) THEN NULL
                                         ELSE g.population END,
                                 'families', CASE WHEN g.id = ANY(CAST(:hiddenFamilies AS bigint[])) THEN NULL
                                         ELSE g.families END, 'areaKm2', round(g.area_km2::numeric, 5),
                                 'neighbourhood', n.code)) AS feature
                FROM census_section g LEFT JOIN territorial_area n ON n.id = g.neighbourhood_id
                WHERE g.geom IS NOT NULL""" + BBOX_FILTER;
        return collection(features, params(bbox, zoom)
                .addValue("hiddenPopulation", disclosure.population().sectionIdArray())
                .addValue("hiddenFamilies", disclosure.families().sectionIdArray()));
    }

    /** Section details with its place in the hierarchy; null when the code is unknown. */
    public Map<String, Object> section(String code) {
        var rows = jdbc.queryForList("""
                SELECT s.code, s.placeholder, s.population, s.families, round(s.area_km2::numeric, 4) AS area_km2,
                       ST_X(s.centroid) AS lon, ST_Y(s.centroid) AS lat,
                       n.code AS neighbourhood_code, n.name AS neighbourhood_name,
                       m.code AS municipio_code, m.name AS municipio_name,
                       a.code AS census_area_code, a.name AS census_area_name,
                       b.source, b.synthetic, b.loaded_at
                FROM census_section s
                LEFT JOIN territorial_area n ON n.id = s.neighbourhood_id
                LEFT JOIN territorial_area m ON m.id = n.parent_id
                LEFT JOIN territorial_area a ON a.id = s.census_area_id
                LEFT JOIN import_batch b ON b.id = s.batch_id
                WHERE s.code = :code""", Map.of("code", code));
        if (rows.isEmpty()) {
            return null;
        }
        Map<String, Object> section = rows.get(0);
        if (disclosure.population().section(code)) {
            section.put("population", null);
        }
        if (disclosure.families().section(code)) {
            section.put("families", null);
        }
        return section;
    }

    private String collection(String featuresSql, MapSqlParameterSource params) {
        String sql = "SELECT json_build_object('type', 'FeatureCollection', 'features', "
                + "coalesce(json_agg(f.feature ORDER BY f.code), '[]'::json))::text FROM (" + featuresSql + ") f";
        return jdbc.queryForObject(sql, params, String.class);
    }

    private static MapSqlParameterSource params(BoundingBox bbox, Integer zoom) {
        return new MapSqlParameterSource()
                .addValue("tolerance", MapScale.simplificationTolerance(zoom))
                .addValue("digits", MapScale.coordinateDigits(zoom))
                .addValue("minLon", bbox == null ? null : bbox.minLon())
                .addValue("minLat", bbox == null ? null : bbox.minLat())
                .addValue("maxLon", bbox == null ? null : bbox.maxLon())
                .addValue("maxLat", bbox == null ? null : bbox.maxLat());
    }
}
