package org.welfareintelligence.demand;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.welfareintelligence.territory.AreaLevel;
import org.welfareintelligence.territory.TerritorialDisclosure;
import org.welfareintelligence.web.NotFoundException;

/** Demand of a target summed over sections, neighbourhoods, census areas, municipi or the city. */
@Service
public class DemandQueries {

    /**
     * One territorial unit's demand for a target. {@code value} and {@code population} are null when
     * disclosure control withholds them from the current reader.
     */
    public record UnitDemand(String code, String name, Double value, Long population) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final TerritorialDisclosure disclosure;

    DemandQueries(NamedParameterJdbcTemplate jdbc, TerritorialDisclosure disclosure) {
        this.jdbc = jdbc;
        this.disclosure = disclosure;
    }

    /** The cells of a target's demand the current reader may not see (none for planners). */
    public TerritorialDisclosure.Hidden hidden(long targetId, String period) {
        return disclosure.forCurrentReader("demand:" + targetId + ":" + period, () -> {
            Map<Long, Double> values = new HashMap<>();
            jdbc.query("SELECT section_id, value FROM demand WHERE target_id = :target AND period = :period",
                    params(targetId, period), rs -> {
                        values.put(rs.getLong(1), rs.getDouble(2));
                    });
            return values;
        });
    }

    /** The newest period with demand for the target, or the given one after checking it exists. */
    public String resolvePeriod(long targetId, String period) {
        if (period != null && !period.isBlank()) {
            return period;
        }
        List<String> periods = jdbc.queryForList(
                "SELECT max(period) FROM demand WHERE target_id = :target", Map.of("target", targetId), String.class);
        return periods.isEmpty() || periods.get(0) == null ? "" : periods.get(0);
    }

    public long targetId(String targetCode) {
        List<Long> ids = jdbc.queryForList("SELECT id FROM target WHERE code = :code",
                Map.of("code", targetCode), Long.class);
        if (ids.isEmpty()) {
            throw new NotFoundException("no target with code " + targetCode);
        }
        return ids.get(0);
    }

    public List<UnitDemand> bySection(long targetId, String period) {
        List<UnitDemand> units = jdbc.query("""
                SELECT s.code, s.code AS name, coalesce(d.value, 0) AS value, s.population
                FROM census_section s
                LEFT JOIN demand d ON d.section_id = s.id AND d.target_id = :target AND d.period = :period
                ORDER BY s.code""", params(targetId, period), (rs, i) -> unit(rs));
        TerritorialDisclosure.Hidden values = hidden(targetId, period);
        TerritorialDisclosure.Hidden people = disclosure.population();
        return units.stream().map(u -> new UnitDemand(u.code(), u.name(),
                values.section(u.code()) ? null : u.value(),
                people.section(u.code()) ? null : u.population())).toList();
    }

    /** Sums over the sections of each area; municipi and the city are reached through neighbourhoods. */
    public List<UnitDemand> byArea(long targetId, String period, AreaLevel level) {
        String sectionToArea = switch (level) {
            case NEIGHBOURHOOD -> "s.neighbourhood_id = a.id";
            case CENSUS_AREA -> "s.census_area_id = a.id";
            case MUNICIPIO -> "s.neighbourhood_id IN (SELECT n.id FROM territorial_area n WHERE n.parent_id = a.id)";
            case CITY -> "true";
        };
        List<UnitDemand> units = jdbc.query("""
                SELECT a.code, a.name, coalesce(sum(d.value), 0) AS value, coalesce(sum(s.population), 0) AS population
                FROM territorial_area a
                LEFT JOIN census_section s ON %s
                LEFT JOIN demand d ON d.section_id = s.id AND d.target_id = :target AND d.period = :period
                WHERE a.level = :level
                GROUP BY a.code, a.name
                ORDER BY a.code""".formatted(sectionToArea),
                params(targetId, period).addValue("level", level.name()), (rs, i) -> unit(rs));
        TerritorialDisclosure.Hidden values = hidden(targetId, period);
        TerritorialDisclosure.Hidden people = disclosure.population();
        return units.stream().map(u -> new UnitDemand(u.code(), u.name(),
                values.area(level, u.code()) ? null : u.value(),
                people.area(level, u.code()) ? null : u.population())).toList();
    }

    /** Every target's demand in one section; values withheld from the current reader are null. */
    public List<Map<String, Object>> forSection(String sectionCode, String period) {
        List<Map<String, Object>> rows = jdbc.queryForList("""
                SELECT t.id AS target_id, t.code AS target, t.kind, t.name_en, t.name_it, d.period, d.value, d.source, m.formula, m.method
                FROM demand d JOIN target t ON t.id = d.target_id JOIN census_section s ON s.id = d.section_id
                LEFT JOIN demand_method m ON m.batch_id = d.batch_id AND m.target_id = d.target_id
                WHERE s.code = :code AND (CAST(:period AS varchar) IS NULL OR d.period = :period)
                ORDER BY t.kind = 'FAMILY', t.sort_order, d.period""",
                new MapSqlParameterSource("code", sectionCode).addValue("period", period));
        for (Map<String, Object> row : rows) {
            long targetId = ((Number) row.remove("target_id")).longValue();
            if (hidden(targetId, (String) row.get("period")).section(sectionCode)) {
                row.put("value", null);
            }
        }
        return rows;
    }

    private static MapSqlParameterSource params(long targetId, String period) {
        return new MapSqlParameterSource("target", targetId).addValue("period", period);
    }

    private static UnitDemand unit(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new UnitDemand(rs.getString("code"), rs.getString("name"),
                Math.round(rs.getDouble("value") * 100) / 100.0, rs.getLong("population"));
    }
}
