package org.welfareintelligence.territory;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.welfareintelligence.geo.BoundingBox;
import org.welfareintelligence.geo.MapScale;
import org.welfareintelligence.privacy.Count;

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
                .addValue("hiddenPopulation", disclosure.population().withheldAreaIds()));
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
                .addValue("hiddenPopulation", disclosure.population().withheldSectionIds())
                .addValue("hiddenFamilies", disclosure.families().withheldSectionIds()));
    }

    /**
     * The imported public places (schools, libraries…) as points with their kind, name and address: public
     * information, no figure about people. {@code kind} null: every kind.
     */
    public String publicPlacesGeoJson(String kind, BoundingBox bbox) {
        String features = """
                SELECT g.kind || ':' || g.code AS code, json_build_object('type', 'Feature', 'id', g.kind || ':' || g.code,
                         'geometry', ST_AsGeoJSON(g.geom, 6)::json,
                         'properties', json_build_object('kind', lower(g.kind), 'code', g.code, 'name', g.name,
                                 'address', g.address)) AS feature
                FROM public_place g
                WHERE (CAST(:kind AS text) IS NULL OR g.kind = :kind)""" + BBOX_FILTER;
        return collection(features, params(bbox, null).addValue("kind", kind));
    }

    /** The kinds of public place imported, as their import named them (school, library…), in order. */
    public List<String> publicPlaceKinds() {
        return jdbc.queryForList("SELECT DISTINCT lower(kind) FROM public_place ORDER BY 1", Map.of(), String.class);
    }

    /** One census section, its residents and families as the reader may see them, and its place in the hierarchy. */
    public record SectionDetails(String code, boolean placeholder, Count population, Count families,
                                 @JsonProperty("area_km2") Double areaKm2, Double lon, Double lat,
                                 @JsonProperty("neighbourhood_code") String neighbourhoodCode,
                                 @JsonProperty("neighbourhood_name") String neighbourhoodName,
                                 @JsonProperty("municipio_code") String municipioCode,
                                 @JsonProperty("municipio_name") String municipioName,
                                 @JsonProperty("census_area_code") String censusAreaCode,
                                 @JsonProperty("census_area_name") String censusAreaName,
                                 String source, Boolean synthetic, @JsonProperty("loaded_at") OffsetDateTime loadedAt) {
    }

    /** Section details with its place in the hierarchy; null when the code is unknown. */
    public SectionDetails section(String code) {
        TerritorialDisclosure.Release people = disclosure.population();
        TerritorialDisclosure.Release families = disclosure.families();
        var rows = jdbc.query("""
                SELECT s.code, s.placeholder, round(s.area_km2::numeric, 4) AS area_km2,
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
                WHERE s.code = :code""", Map.of("code", code), (rs, i) -> new SectionDetails(rs.getString("code"),
                rs.getBoolean("placeholder"), people.section(code), families.section(code),
                number(rs, "area_km2"), number(rs, "lon"), number(rs, "lat"), rs.getString("neighbourhood_code"),
                rs.getString("neighbourhood_name"), rs.getString("municipio_code"), rs.getString("municipio_name"),
                rs.getString("census_area_code"), rs.getString("census_area_name"), rs.getString("source"),
                (Boolean) rs.getObject("synthetic", Boolean.class), rs.getObject("loaded_at", OffsetDateTime.class)));
        return rows.isEmpty() ? null : rows.get(0);
    }

    private static Double number(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
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
