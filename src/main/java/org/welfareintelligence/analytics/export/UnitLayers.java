package org.welfareintelligence.analytics.export;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.welfareintelligence.analytics.inputs.Level;
import org.welfareintelligence.privacy.CountNames;
import tools.jackson.databind.ObjectMapper;

/**
 * GeoJSON of analysis results: the outline of each unit (a section's polygon, else the census area or
 * neighbourhood it belongs to) with the result's properties, built inside PostGIS.
 */
@Component
public class UnitLayers {

    private final NamedParameterJdbcTemplate jdbc;
    private final ObjectMapper json;

    UnitLayers(NamedParameterJdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A FeatureCollection with one feature per unit code, carrying {@code properties[k]} for {@code codes[k]}. */
    public String geoJson(Level level, List<String> codes, List<Map<String, Object>> properties) {
        properties.forEach(p -> p.forEach(CountNames::requireControlled));
        String[] props = properties.stream().map(json::writeValueAsString).toArray(String[]::new);
        String outline = level == Level.SECTION
                ? """
                  SELECT coalesce(s.geom, ace.geom, nil.geom) FROM census_section s
                  LEFT JOIN territorial_area ace ON ace.id = s.census_area_id
                  LEFT JOIN territorial_area nil ON nil.id = s.neighbourhood_id WHERE s.code = v.code"""
                : "SELECT a.geom FROM territorial_area a WHERE a.level = '" + level.name() + "' AND a.code = v.code";
        return jdbc.queryForObject("""
                SELECT json_build_object('type', 'FeatureCollection', 'features', coalesce(json_agg(
                    json_build_object('type', 'Feature', 'id', v.code,
                        'geometry', ST_AsGeoJSON(ST_SimplifyPreserveTopology(g.geom, 0.00002), 6)::json,
                        'properties', v.props::json) ORDER BY v.ord), '[]'::json))::text
                FROM unnest(CAST(:codes AS varchar[]), CAST(:props AS text[])) WITH ORDINALITY AS v(code, props, ord)
                CROSS JOIN LATERAL (%s) AS g(geom)""".formatted(outline),
                new MapSqlParameterSource("codes", codes.toArray(String[]::new)).addValue("props", props), String.class);
    }
}
