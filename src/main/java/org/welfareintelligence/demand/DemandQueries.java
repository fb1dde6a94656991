package org.welfareintelligence.demand;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.welfareintelligence.estimates.EstimateIntervals;
import org.welfareintelligence.privacy.Count;
import org.welfareintelligence.territory.AreaLevel;
import org.welfareintelligence.territory.TerritorialDisclosure;
import org.welfareintelligence.web.NotFoundException;

/**
 * Demand of a target per section, neighbourhood, census area, municipio or the city, as the current reader
 * may see it: every figure comes from the target's {@link TerritorialDisclosure.Release}.
 */
@Service
public class DemandQueries {

    /**
     * One territorial unit's demand for a target and its residents, as the reader may see them; for a target graded
     * by deprivation, the 80 % interval of the estimate ({@code null} otherwise, and for readers of controlled figures).
     */
    public record UnitDemand(String code, String name, Count value, Count population, Count low, Count high) {

        UnitDemand(String code, String name, Count value, Count population, EstimateIntervals.Bounds interval) {
            this(code, name, value, population, interval == null ? null : interval.low(),
                    interval == null ? null : interval.high());
        }
    }

    /** One target's demand in one section, with how it was obtained. */
    public record SectionDemand(String target, String kind, @JsonProperty("name_en") String nameEn,
                                @JsonProperty("name_it") String nameIt, String period, Count value, String source,
                                String formula, String method) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final TerritorialDisclosure disclosure;
    private final DemandPeriods periods;
    private final EstimateIntervals intervals;

    DemandQueries(NamedParameterJdbcTemplate jdbc, TerritorialDisclosure disclosure, DemandPeriods periods,
                  EstimateIntervals intervals) {
        this.jdbc = jdbc;
        this.disclosure = disclosure;
        this.periods = periods;
        this.intervals = intervals;
    }

    /**
     * Whether the target's demand in the period is an estimate (a rate times a census base, or a share of an age band)
     * rather than a count: every output that shows it says so.
     */
    public boolean estimated(long targetId, String period) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                SELECT EXISTS (SELECT 1 FROM demand WHERE target_id = :target AND period = :period
                               AND source = 'ESTIMATED')""", params(targetId, period), Boolean.class));
    }

    /** Whether the target's flat rate is graded by the deprivation of each section (then units carry an interval). */
    public boolean graded(long targetId) {
        return intervals.graded(targetId);
    }

    /** The target's demand in a period at every level, as the current reader may see it. */
    public TerritorialDisclosure.Release release(long targetId, String period) {
        return disclosure.release("demand:" + targetId + ":" + period, () -> {
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
        return resolvePeriod(targetId, period, null);
    }

    /**
     * The period named, else the one in force in {@code year}, else the newest; a 400 naming the known periods
     * when it does not exist. With nothing asked and no demand imported yet, "" (an empty layer).
     */
    public String resolvePeriod(long targetId, String period, Integer year) {
        if ((period == null || period.isBlank()) && year == null && periods.known(targetId).isEmpty()) {
            return "";
        }
        return periods.resolve(targetId, period, year);
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
        TerritorialDisclosure.Release values = release(targetId, period);
        TerritorialDisclosure.Release people = disclosure.population();
        Optional<EstimateIntervals.Interval> interval = intervals.of(targetId, period);
        return jdbc.query("SELECT code FROM census_section ORDER BY code", (rs, i) -> {
            String code = rs.getString(1);
            Count value = values.section(code);
            return new UnitDemand(code, code, value, people.section(code),
                    interval.map(in -> in.section(code, value)).orElse(null));
        });
    }

    /** Every area of a level with the target's demand summed over its sections (municipi through their NIL). */
    public List<UnitDemand> byArea(long targetId, String period, AreaLevel level) {
        TerritorialDisclosure.Release values = release(targetId, period);
        TerritorialDisclosure.Release people = disclosure.population();
        Optional<EstimateIntervals.Interval> interval = intervals.of(targetId, period);
        return jdbc.query("SELECT code, name FROM territorial_area WHERE level = :level ORDER BY code",
                Map.of("level", level.name()), (rs, i) -> {
                    String code = rs.getString(1);
                    Count value = values.area(level, code);
                    return new UnitDemand(code, rs.getString(2), value, people.area(level, code),
                            interval.map(in -> in.area(level, code, value)).orElse(null));
                });
    }

    /** Every target's demand in one section in the period asked for, else the one in force in year, else the latest. */
    public List<SectionDemand> forSection(String sectionCode, String askedPeriod, Integer year) {
        String period = periods.resolveAny(askedPeriod, year);
        record Row(long targetId, SectionDemand demand) {
        }
        List<Row> rows = jdbc.query("""
                SELECT t.id AS target_id, t.code AS target, t.kind, t.name_en, t.name_it, d.period, d.source,
                       m.formula, m.method
                FROM demand d JOIN target t ON t.id = d.target_id JOIN census_section s ON s.id = d.section_id
                LEFT JOIN demand_method m ON m.batch_id = d.batch_id AND m.target_id = d.target_id
                WHERE s.code = :code AND d.period = :period
                ORDER BY t.kind = 'FAMILY', t.sort_order, d.period""",
                new MapSqlParameterSource("code", sectionCode).addValue("period", period), (rs, i) ->
                        new Row(rs.getLong("target_id"), new SectionDemand(rs.getString("target"), rs.getString("kind"),
                                rs.getString("name_en"), rs.getString("name_it"), rs.getString("period"), null,
                                rs.getString("source"), rs.getString("formula"), rs.getString("method"))));
        return rows.stream().map(r -> {
            SectionDemand d = r.demand();
            return new SectionDemand(d.target(), d.kind(), d.nameEn(), d.nameIt(), d.period(),
                    release(r.targetId(), d.period()).section(sectionCode), d.source(), d.formula(), d.method());
        }).toList();
    }

    private static MapSqlParameterSource params(long targetId, String period) {
        return new MapSqlParameterSource("target", targetId).addValue("period", period);
    }
}
