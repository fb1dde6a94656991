package org.welfareintelligence.scenario;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.welfareintelligence.privacy.CountNames;
import org.welfareintelligence.analytics.export.Table;
import org.welfareintelligence.analytics.export.TableFormat;
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
        Table table = Table.of("scenario-" + view.scenarioId() + "-" + view.year(), COLUMNS.toArray(String[]::new));
        for (ScenarioResults.AreaDiff row : view.sections()) {
            table.row(values(row).toArray());
        }
        return TableFormat.csv(table);
    }

    /** The comparison as one sheet, a row per year and scenario (the baseline first), numbers kept as numbers. */
    byte[] xlsx(ScenarioResults.CompareView view) {
        Table table = Table.of("comparison", "year", "scenario", "demand", "seekers", "served", "waiting", "places",
                "shareWithinReach", "meanTravel", "gini", "palma", "requiredPlaces", "placesGap");
        for (ScenarioResults.CompareRow row : view.rows()) {
            figures(table, row.year(), "baseline", row.baseline());
            for (int k = 0; k < view.scenarios().size(); k++) {
                figures(table, row.year(), view.scenarios().get(k).name(), row.scenarios().get(k));
            }
        }
        return TableFormat.xlsx(List.of(table));
    }

    private static void figures(Table table, int year, String scenario, ScenarioResults.Figures f) {
        if (f != null) {
            table.row(year, scenario, f.demand(), f.seekers(), f.served(), f.waiting(), f.places(), f.shareWithinReach(),
                    f.meanTravel(), f.gini(), f.palma(), f.requiredPlaces(), f.placesGap());
        }
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
