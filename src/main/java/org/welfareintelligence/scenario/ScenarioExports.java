package org.welfareintelligence.scenario;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.welfareintelligence.privacy.CountNames;
import org.welfareintelligence.web.Csv;
import tools.jackson.databind.ObjectMapper;

/** The per-section diff as CSV and as GeoJSON (section outlines simplified in PostGIS), from the controlled view. */
@Component
class ScenarioExports {

    private static final List<String> COLUMNS = List.of("section", "municipio", "demand", "gainedReach", "lostReach",
            "servedChange", "waitingChange", "waiting", "accessBaseline", "accessScenario", "accessChange");

    private final NamedParameterJdbcTemplate jdbc;
    private final ObjectMapper json;

    ScenarioExports(NamedParameterJdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    String csv(ScenarioResults.SectionDiffView view) {
        StringBuilder out = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        for (ScenarioResults.AreaDiff row : view.sections()) {
            List<Object> values = values(row);
            for (int k = 0; k < values.size(); k++) {
                Object value = values.get(k);
                out.append(k == 0 ? "" : ",").append(value instanceof String text ? Csv.field(text)
                        : value == null ? "" : value.toString());
            }
            out.append('\n');
        }
        return out.toString();
    }

    String geoJson(ScenarioResults.SectionDiffView view) {
        Map<String, String> geometry = new HashMap<>();
        jdbc.query("""
                SELECT code, ST_AsGeoJSON(ST_SimplifyPreserveTopology(coalesce(geom, centroid), 0.00002), 6)
                FROM census_section WHERE NOT placeholder AND coalesce(geom, centroid) IS NOT NULL""", Map.of(), rs -> {
            geometry.put(rs.getString(1), rs.getString(2));
        });
        StringBuilder out = new StringBuilder("{\"type\":\"FeatureCollection\",\"year\":").append(view.year())
                .append(",\"features\":[");
        boolean first = true;
        for (ScenarioResults.AreaDiff row : view.sections()) {
            String shape = geometry.get(row.code());
            if (shape == null) {
                continue;
            }
            Map<String, Object> properties = new LinkedHashMap<>();
            List<Object> values = values(row);
            for (int k = 0; k < COLUMNS.size(); k++) {
                CountNames.requireControlled(COLUMNS.get(k), values.get(k));
                properties.put(COLUMNS.get(k), values.get(k));
            }
            out.append(first ? "" : ",").append("{\"type\":\"Feature\",\"geometry\":").append(shape)
                    .append(",\"properties\":").append(json.writeValueAsString(properties)).append('}');
            first = false;
        }
        return out.append("]}").toString();
    }

    private static List<Object> values(ScenarioResults.AreaDiff row) {
        return java.util.Arrays.asList(row.code(), row.name(), row.demand(), row.gainedReach(), row.lostReach(),
                row.servedChange(), row.waitingChange(), row.waiting(), row.accessBaseline(), row.accessScenario(),
                row.accessChange());
    }
}
