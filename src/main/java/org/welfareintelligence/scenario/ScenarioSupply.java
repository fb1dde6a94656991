package org.welfareintelligence.scenario;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.welfareintelligence.geo.CityProperties;
import org.welfareintelligence.supply.SupplyInForce;

/**
 * The supply of a service type in force on 1 July of each year of a horizon, as the supply module's timeline says
 * ({@code supply_in_force(date)}, see {@link SupplyInForce}): opening and closing
 * dates, status and the dated changes of each service's places (0 when unknown).
 */
@Component
class ScenarioSupply {

    /** The facilities offering the service type at some time, and their places {@code [year][centre]}. */
    record Centres(String[] code, String[] name, Long[] organisationId, double[] lon, double[] lat, double[] x,
                   double[] y, double[][] places) {

        int size() {
            return code.length;
        }

        int indexOf(String facilityCode) {
            for (int j = 0; j < code.length; j++) {
                if (code[j].equals(facilityCode)) {
                    return j;
                }
            }
            return -1;
        }
    }

    private record Row(long facilityService, String code, String name, Long organisationId, double lon, double lat,
                       double x, double y) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final CityProperties city;

    ScenarioSupply(NamedParameterJdbcTemplate jdbc, CityProperties city) {
        this.jdbc = jdbc;
        this.city = city;
    }

    Centres read(String serviceType, int[] years) {
        MapSqlParameterSource params = new MapSqlParameterSource("serviceType", serviceType)
                .addValue("srid", city.metricSrid()).addValue("years", years).addValue("month", SupplyInForce.YEAR_MONTH);
        List<Row> rows = jdbc.query("""
                SELECT fs.id, f.code, f.name, f.organisation_id, ST_X(f.geom) AS lon, ST_Y(f.geom) AS lat,
                       ST_X(ST_Transform(f.geom, :srid)) AS x, ST_Y(ST_Transform(f.geom, :srid)) AS y
                FROM facility_service fs JOIN facility f ON f.id = fs.facility_id
                JOIN service_type st ON st.id = fs.service_type_id
                WHERE st.code = :serviceType
                ORDER BY f.code""", params, (rs, i) -> {
                    long organisation = rs.getLong("organisation_id");
                    return new Row(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                            rs.wasNull() ? null : organisation, rs.getDouble("lon"), rs.getDouble("lat"),
                            rs.getDouble("x"), rs.getDouble("y"));
                });
        Map<Long, Integer> index = new HashMap<>();
        for (int j = 0; j < rows.size(); j++) {
            index.put(rows.get(j).facilityService(), j);
        }
        double[][] places = new double[years.length][rows.size()];
        jdbc.query("""
                SELECT y.n - 1 AS year_index, s.facility_service_id, coalesce(s.places, 0) AS places
                FROM unnest(CAST(:years AS int[])) WITH ORDINALITY AS y(year, n)
                CROSS JOIN LATERAL supply_in_force(make_date(y.year, :month, 1)) s
                JOIN facility_service fs ON fs.id = s.facility_service_id
                JOIN service_type st ON st.id = fs.service_type_id
                WHERE st.code = :serviceType""", params, rs -> {
                    places[rs.getInt("year_index")][index.get(rs.getLong("facility_service_id"))] = rs.getDouble("places");
                });
        return new Centres(rows.stream().map(Row::code).toArray(String[]::new),
                rows.stream().map(Row::name).toArray(String[]::new),
                rows.stream().map(Row::organisationId).toArray(Long[]::new),
                rows.stream().mapToDouble(Row::lon).toArray(), rows.stream().mapToDouble(Row::lat).toArray(),
                rows.stream().mapToDouble(Row::x).toArray(), rows.stream().mapToDouble(Row::y).toArray(), places);
    }
}
