package org.welfareintelligence.analytics.inputs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.welfareintelligence.demand.DemandPeriods;
import org.welfareintelligence.demand.DemandQueries;
import org.welfareintelligence.geo.CityProperties;
import org.welfareintelligence.supply.SupplyInForce;
import org.welfareintelligence.territory.TerritorialDisclosure;

/**
 * Loads what an analysis needs from PostGIS into arrays: sections with their metric position, a target's
 * demand per section in a period and the facilities of a service type in force on a date ({@link StudyTime}).
 * Unknown codes and periods are refused with a 400 that says where to find the valid ones.
 *
 * <p>Residents and demand come from their {@link TerritorialDisclosure.Release}: for readers below the planner
 * role, a section that disclosure control withholds enters with the value the release allows an analysis
 * (docs/privacy.md), so every figure an analysis returns to them is a function of figures they may see and no
 * withheld count can be solved back from a catchment, an overlap or a ratio.
 */
@Service
public class StudyInputs {

    private final NamedParameterJdbcTemplate jdbc;
    private final CityProperties city;
    private final DemandQueries demandQueries;
    private final TerritorialDisclosure disclosure;
    private final DemandPeriods periods;

    StudyInputs(NamedParameterJdbcTemplate jdbc, CityProperties city, DemandQueries demandQueries,
                TerritorialDisclosure disclosure, DemandPeriods periods) {
        this.jdbc = jdbc;
        this.city = city;
        this.demandQueries = demandQueries;
        this.disclosure = disclosure;
        this.periods = periods;
    }

    public StudySections sections() {
        List<Object[]> rows = jdbc.query("""
                SELECT s.id, s.code, ST_X(p.point) AS x, ST_Y(p.point) AS y, s.population,
                       coalesce(s.area_km2, ST_Area(ST_Transform(s.geom, :srid)) / 1e6) AS area_km2,
                       n.code AS nil, n.name AS nil_name, a.code AS ace, a.name AS ace_name,
                       m.code AS municipio, m.name AS municipio_name
                FROM census_section s
                LEFT JOIN territorial_area n ON n.id = s.neighbourhood_id
                LEFT JOIN territorial_area a ON a.id = s.census_area_id
                LEFT JOIN territorial_area m ON m.id = coalesce(n.parent_id, a.parent_id)
                CROSS JOIN LATERAL (SELECT ST_Transform(coalesce(s.centroid, ST_PointOnSurface(a.geom),
                                           ST_PointOnSurface(n.geom)), :srid) AS point) p
                WHERE NOT s.placeholder AND p.point IS NOT NULL
                ORDER BY s.id""", new MapSqlParameterSource("srid", city.metricSrid()), (rs, i) -> new Object[] {
                rs.getLong("id"), rs.getString("code"), rs.getDouble("x"), rs.getDouble("y"), rs.getDouble("population"),
                rs.getObject("area_km2") == null ? Double.NaN : rs.getDouble("area_km2"),
                rs.getString("code"), rs.getString("code"), rs.getString("nil"), rs.getString("nil_name"),
                rs.getString("ace"), rs.getString("ace_name"), rs.getString("municipio"), rs.getString("municipio_name")});
        int n = rows.size();
        TerritorialDisclosure.Release residents = disclosure.population();
        long[] id = new long[n];
        String[] code = new String[n];
        double[] x = new double[n];
        double[] y = new double[n];
        double[] population = new double[n];
        double[] area = new double[n];
        String[][] unitCode = new String[Level.values().length][n];
        String[][] unitName = new String[Level.values().length][n];
        for (int i = 0; i < n; i++) {
            Object[] r = rows.get(i);
            id[i] = (Long) r[0];
            code[i] = (String) r[1];
            x[i] = (Double) r[2];
            y[i] = (Double) r[3];
            population[i] = residents.analysisValue(id[i]);
            area[i] = (Double) r[5];
            for (Level level : Level.values()) {
                unitCode[level.ordinal()][i] = (String) r[6 + 2 * level.ordinal()];
                unitName[level.ordinal()][i] = (String) r[7 + 2 * level.ordinal()];
            }
        }
        return new StudySections(id, code, x, y, population, area, unitCode, unitName);
    }

    /** The target's id, or a 400 naming the unknown code. */
    public long targetId(String targetCode) {
        if (targetCode == null || targetCode.isBlank()) {
            throw new IllegalArgumentException("parameter target is required (see /api/targets)");
        }
        List<Long> ids = jdbc.queryForList("SELECT id FROM target WHERE code = :code",
                Map.of("code", targetCode.trim()), Long.class);
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("unknown target '" + targetCode + "' (see /api/targets)");
        }
        return ids.get(0);
    }

    /** The period {@code time} means for the target; a 400 naming the known ones when it has none such. */
    public String period(long targetId, StudyTime time) {
        return periods.resolve(targetId, time.period(), time.year());
    }

    /** Periods with demand for the target, oldest first. */
    public List<String> periods(long targetId) {
        return periods.known(targetId);
    }

    /**
     * Demand of the target per section, aligned with {@code sections}; 0 where the census has none or where
     * it is withheld from the reader.
     */
    public double[] demand(StudySections sections, String targetCode, StudyTime time) {
        long targetId = targetId(targetCode);
        TerritorialDisclosure.Release release = demandQueries.release(targetId, period(targetId, time));
        double[] demand = new double[sections.size()];
        for (int i = 0; i < demand.length; i++) {
            demand[i] = release.analysisValue(sections.id()[i]);
        }
        return demand;
    }

    /**
     * The facilities offering the service type on {@code time}'s supply date, with the places in force then; a 400
     * when the type is unknown or nobody offers it then.
     */
    public StudySupply supply(String serviceType, StudyTime time) {
        if (serviceType == null || serviceType.isBlank()) {
            throw new IllegalArgumentException("parameter serviceType is required (see /api/service-types)");
        }
        List<Long> types = jdbc.queryForList("SELECT id FROM service_type WHERE code = :code",
                Map.of("code", serviceType.trim()), Long.class);
        if (types.isEmpty()) {
            throw new IllegalArgumentException("unknown service type '" + serviceType + "' (see /api/service-types)");
        }
        List<Object[]> rows = jdbc.query("""
                SELECT f.id, f.code, f.name, ST_X(ST_Transform(f.geom, :srid)) AS x, ST_Y(ST_Transform(f.geom, :srid)) AS y,
                       ST_X(f.geom) AS lon, ST_Y(f.geom) AS lat, fs.places, s.staff_fte, f.section_id
                FROM %s fs JOIN facility f ON f.id = fs.facility_id
                JOIN facility_service s ON s.id = fs.facility_service_id
                WHERE fs.service_type_id = :type
                ORDER BY f.code""".formatted(SupplyInForce.TABLE), new MapSqlParameterSource("type", types.get(0))
                        .addValue("srid", city.metricSrid()).addValue(SupplyInForce.DATE_PARAMETER, time.supplyOn()),
                (rs, i) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getDouble(4),
                        rs.getDouble(5), rs.getDouble(6), rs.getDouble(7),
                        rs.getObject(8) == null ? 0.0 : rs.getDouble(8),
                        rs.getObject(9) == null ? Double.NaN : rs.getDouble(9),
                        rs.getObject(10) == null ? -1L : rs.getLong(10)});
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no facility offers service type " + serviceType + " on "
                    + time.supplyOn() + ": import facilities and facility-services first");
        }
        int m = rows.size();
        long[] id = new long[m];
        String[] code = new String[m];
        String[] name = new String[m];
        double[][] numbers = new double[6][m];
        long[] sectionId = new long[m];
        for (int j = 0; j < m; j++) {
            Object[] r = rows.get(j);
            id[j] = (Long) r[0];
            code[j] = (String) r[1];
            name[j] = (String) r[2];
            for (int k = 0; k < 6; k++) {
                numbers[k][j] = (Double) r[3 + k];
            }
            sectionId[j] = (Long) r[9];
        }
        return new StudySupply(serviceType.trim(), id, code, name, numbers[0], numbers[1], numbers[2], numbers[3],
                numbers[4], numbers[5], sectionId);
    }

    /** Section id → index in {@code sections}. */
    public static Map<Long, Integer> index(StudySections sections) {
        Map<Long, Integer> index = new HashMap<>(sections.size() * 2);
        for (int i = 0; i < sections.size(); i++) {
            index.put(sections.id()[i], i);
        }
        return index;
    }

    /** The city's metric CRS, in which every position of these inputs is given. */
    public int metricSrid() {
        return city.metricSrid();
    }
}
