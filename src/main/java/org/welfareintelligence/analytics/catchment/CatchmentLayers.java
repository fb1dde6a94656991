package org.welfareintelligence.analytics.catchment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.welfareintelligence.privacy.CountNames;
import tools.jackson.databind.ObjectMapper;

/**
 * Catchment outlines built by PostGIS: the union ({@code ST_Union}) of the polygons of the sections in a
 * group. A section without a polygon (Milan's census has none) contributes the census area, else the
 * neighbourhood, it belongs to — so such outlines show where a catchment reaches, at that coarser grain.
 */
@Component
class CatchmentLayers {

    private final NamedParameterJdbcTemplate jdbc;
    private final ObjectMapper json;

    CatchmentLayers(NamedParameterJdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * A FeatureCollection with one (multi)polygon per group: {@code group[i]} is the group of section
     * {@code sectionId[i]} (-1 = none) and {@code properties.get(g)} the properties of group g.
     */
    String unionByGroup(long[] sectionId, int[] group, List<Map<String, Object>> properties) {
        List<Long> ids = new ArrayList<>();
        List<Integer> groups = new ArrayList<>();
        for (int i = 0; i < sectionId.length; i++) {
            if (group[i] >= 0) {
                ids.add(sectionId[i]);
                groups.add(group[i]);
            }
        }
        properties.forEach(p -> p.forEach(CountNames::requireControlled));
        String[] props = properties.stream().map(json::writeValueAsString).toArray(String[]::new);
        return jdbc.queryForObject("""
                WITH member AS (
                    SELECT DISTINCT ON (m.grp, coalesce('s' || s.id, 'a' || ace.id, 'n' || nil.id)) m.grp,
                           coalesce(s.geom, ace.geom, nil.geom) AS geom
                    FROM unnest(CAST(:ids AS bigint[]), CAST(:groups AS int[])) AS m(section_id, grp)
                    JOIN census_section s ON s.id = m.section_id
                    LEFT JOIN territorial_area ace ON ace.id = s.census_area_id
                    LEFT JOIN territorial_area nil ON nil.id = s.neighbourhood_id
                    ORDER BY m.grp, coalesce('s' || s.id, 'a' || ace.id, 'n' || nil.id)),
                outline AS (
                    SELECT grp, ST_Union(ST_SnapToGrid(geom, 0.000001)) AS geom FROM member
                    WHERE geom IS NOT NULL GROUP BY grp)
                SELECT json_build_object('type', 'FeatureCollection', 'features', coalesce(json_agg(
                    json_build_object('type', 'Feature', 'id', o.grp,
                        'geometry', ST_AsGeoJSON(ST_SimplifyPreserveTopology(o.geom, 0.00002), 6)::json,
                        'properties', (CAST(:props AS text[]))[o.grp + 1]::json) ORDER BY o.grp), '[]'::json))::text
                FROM outline o""",
                new MapSqlParameterSource("ids", ids.toArray(Long[]::new))
                        .addValue("groups", groups.toArray(Integer[]::new)).addValue("props", props), String.class);
    }
}
