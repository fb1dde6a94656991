package org.welfareintelligence.scenario;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.welfareintelligence.geo.CityProperties;

/**
 * The supply of a service type in force in each year of a horizon, read from {@code facility} and
 * {@code facility_service}: a facility is in force on 1 July of a year when it opened by then ({@code opened_on},
 * or, without a date, when its status is OPEN), has not closed by then ({@code closed_on}, or, without a date,
 * when its status is not CLOSED) and is not SUSPENDED; it offers the service's {@code capacity_places} (0 when
 * unknown). All of the supply's reading is in this one class, so that it can follow a timeline of capacity
 * changes when the data model records one.
 */
@Component
class SupplyInForce {

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

    private record Row(String code, String name, Long organisationId, double lon, double lat, double x, double y,
                       String status, LocalDate openedOn, LocalDate closedOn, double places) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final CityProperties city;

    SupplyInForce(NamedParameterJdbcTemplate jdbc, CityProperties city) {
        this.jdbc = jdbc;
        this.city = city;
    }

    Centres read(String serviceType, int[] years) {
        List<Row> rows = jdbc.query("""
                SELECT f.code, f.name, f.organisation_id, ST_X(f.geom) AS lon, ST_Y(f.geom) AS lat,
                       ST_X(ST_Transform(f.geom, :srid)) AS x, ST_Y(ST_Transform(f.geom, :srid)) AS y,
                       f.status, f.opened_on, f.closed_on, coalesce(fs.capacity_places, 0) AS places
                FROM facility_service fs JOIN facility f ON f.id = fs.facility_id
                JOIN service_type st ON st.id = fs.service_type_id
                WHERE st.code = :serviceType
                ORDER BY f.code""", new MapSqlParameterSource("serviceType", serviceType).addValue("srid", city.metricSrid()),
                (rs, i) -> {
                    long organisation = rs.getLong("organisation_id");
                    return new Row(rs.getString("code"), rs.getString("name"), rs.wasNull() ? null : organisation,
                            rs.getDouble("lon"), rs.getDouble("lat"), rs.getDouble("x"), rs.getDouble("y"),
                            rs.getString("status"), date(rs.getDate("opened_on")), date(rs.getDate("closed_on")),
                            rs.getDouble("places"));
                });
        List<Row> used = rows;
        int m = used.size();
        double[][] places = new double[years.length][m];
        for (int t = 0; t < years.length; t++) {
            LocalDate midYear = LocalDate.of(years[t], 7, 1);
            for (int j = 0; j < m; j++) {
                places[t][j] = inForce(used.get(j), midYear) ? used.get(j).places() : 0;
            }
        }
        return new Centres(used.stream().map(Row::code).toArray(String[]::new),
                used.stream().map(Row::name).toArray(String[]::new),
                used.stream().map(Row::organisationId).toArray(Long[]::new),
                used.stream().mapToDouble(Row::lon).toArray(), used.stream().mapToDouble(Row::lat).toArray(),
                used.stream().mapToDouble(Row::x).toArray(), used.stream().mapToDouble(Row::y).toArray(), places);
    }

    private static boolean inForce(Row row, LocalDate day) {
        if ("SUSPENDED".equals(row.status())) {
            return false;
        }
        boolean opened = row.openedOn() == null ? "OPEN".equals(row.status()) : !row.openedOn().isAfter(day);
        boolean closed = row.closedOn() == null ? "CLOSED".equals(row.status()) : !row.closedOn().isAfter(day);
        return opened && !closed;
    }

    private static LocalDate date(java.sql.Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
