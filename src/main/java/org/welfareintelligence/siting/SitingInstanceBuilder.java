package org.welfareintelligence.siting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.welfareintelligence.demand.DemandPeriods;
import org.welfareintelligence.geo.CityProperties;
import org.welfareintelligence.supply.SupplyInForce;

/**
 * Reads a {@link SitingInstance} for a checked {@link SitingRequest}: demand per section centroid in the period
 * asked for, the facilities offering the service type in force on the date asked for, and the candidate sites, projected to the city's metric CRS by
 * PostGIS. Refuses with {@link IllegalArgumentException} what names nothing or would be too large.
 */
@Component
class SitingInstanceBuilder {

    /** Columns of a place: code, name, lon/lat and x/y in the metric CRS, from a point expression {@code pt}. */
    private static final String PLACE_COLUMNS = "ST_X(pt) AS lon, ST_Y(pt) AS lat, "
            + "ST_X(ST_Transform(pt, :srid)) AS x, ST_Y(ST_Transform(pt, :srid)) AS y";

    private final NamedParameterJdbcTemplate jdbc;
    private final CityProperties city;
    private final SitingProperties limits;
    private final DemandPeriods demandPeriods;

    SitingInstanceBuilder(NamedParameterJdbcTemplate jdbc, CityProperties city, SitingProperties limits,
                          DemandPeriods periods) {
        this.jdbc = jdbc;
        this.city = city;
        this.limits = limits;
        this.demandPeriods = periods;
    }

    SitingInstance build(SitingRequest request) {
        checkServiceType(request.serviceType());
        List<SitingRequest.TargetWeight> targets = request.targets();
        Map<String, Long> targetIds = targetIds(targets);
        int t = targets.size();
        String[] codes = new String[t];
        double[] weights = new double[t];
        String[] periods = new String[t];
        for (int k = 0; k < t; k++) {
            codes[k] = targets.get(k).code();
            weights[k] = targets.get(k).weight();
            periods[k] = demandPeriods.resolve(targetIds.get(codes[k]), request.period(), request.year());
        }
        PlacesBuilder points = new PlacesBuilder();
        List<double[]> demandRows = new ArrayList<>();
        List<Integer> municipi = new ArrayList<>();
        double[] unlocated = new double[t];
        readDemand(targetIds, codes, periods, points, demandRows, municipi, unlocated);
        double[][] demand = new double[t][demandRows.size()];
        for (int i = 0; i < demandRows.size(); i++) {
            for (int k = 0; k < t; k++) {
                demand[k][i] = demandRows.get(i)[k];
            }
        }
        if (demandRows.isEmpty()) {
            throw new IllegalArgumentException("the targets " + String.join(", ", codes)
                    + " have no demand in any located section");
        }

        PlacesBuilder sites = new PlacesBuilder();
        List<Integer> capacities = new ArrayList<>();
        readExistingFacilities(request.serviceType(), LocalDate.parse(request.date()), sites, capacities);
        int existing = sites.size();
        readCandidates(request, sites, existing);
        int candidates = sites.size() - existing;
        if (sites.size() > limits.maxCandidates()) {
            throw new IllegalArgumentException("too many sites: " + candidates + " candidates and " + existing
                    + " existing facilities exceed the limit of " + limits.maxCandidates()
                    + " (wi.siting.max-candidates); use a wider grid spacing or a shorter list");
        }
        if (request.newSiteCount() > candidates) {
            throw new IllegalArgumentException("newSites (" + request.newSites() + ") is more than the "
                    + candidates + " candidate sites");
        }
        int[] capacity = new int[existing];
        for (int k = 0; k < existing; k++) {
            capacity[k] = capacities.get(k);
        }
        return new SitingInstance(codes, weights, periods, demand, unlocated, points.build(), sites.build(),
                existing, capacity, municipi.stream().mapToInt(Integer::intValue).toArray());
    }

    private void checkServiceType(String code) {
        if (jdbc.queryForList("SELECT 1 FROM service_type WHERE code = :code", Map.of("code", code),
                Integer.class).isEmpty()) {
            throw new IllegalArgumentException("serviceType '" + code + "' is unknown: see GET /api/service-types");
        }
    }

    private Map<String, Long> targetIds(List<SitingRequest.TargetWeight> targets) {
        List<String> codes = targets.stream().map(SitingRequest.TargetWeight::code).toList();
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("SELECT code, id FROM target WHERE code IN (:codes)", Map.of("codes", codes),
                rs -> {
                    ids.put(rs.getString("code"), rs.getLong("id"));
                });
        List<String> unknown = codes.stream().filter(code -> !ids.containsKey(code)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown target " + String.join(", ", unknown)
                    + ": see GET /api/targets");
        }
        return ids;
    }

    /** One row per section with a location and some demand; demand of sections without one is counted apart. */
    private void readDemand(Map<String, Long> targetIds, String[] codes, String[] periods, PlacesBuilder points,
                            List<double[]> demandRows, List<Integer> municipi, double[] unlocated) {
        Map<Long, Integer> targetIndex = new HashMap<>();
        StringBuilder pairs = new StringBuilder();
        MapSqlParameterSource params = new MapSqlParameterSource("srid", city.metricSrid());
        for (int k = 0; k < codes.length; k++) {
            targetIndex.put(targetIds.get(codes[k]), k);
            pairs.append(k == 0 ? "" : " OR ").append("(d.target_id = :t").append(k)
                    .append(" AND d.period = :p").append(k).append(')');
            params.addValue("t" + k, targetIds.get(codes[k])).addValue("p" + k, periods[k]);
        }
        Map<String, Integer> rowOf = new HashMap<>();
        Map<Long, Integer> municipioIndex = new HashMap<>();
        jdbc.query("""
                SELECT s.code, s.centroid IS NULL AS unlocated, d.target_id, d.value, n.parent_id AS municipio, %s
                FROM demand d JOIN census_section s ON s.id = d.section_id
                LEFT JOIN territorial_area n ON n.id = s.neighbourhood_id
                CROSS JOIN LATERAL (SELECT s.centroid AS pt) p
                WHERE (%s) AND d.value > 0
                ORDER BY s.code""".formatted(PLACE_COLUMNS, pairs), params, rs -> {
            int k = targetIndex.get(rs.getLong("target_id"));
            double value = rs.getDouble("value");
            if (rs.getBoolean("unlocated")) {
                unlocated[k] += value;
                return;
            }
            Integer row = rowOf.get(rs.getString("code"));
            if (row == null) {
                row = demandRows.size();
                rowOf.put(rs.getString("code"), row);
                demandRows.add(new double[codes.length]);
                long municipio = rs.getLong("municipio");
                municipi.add(rs.wasNull() ? -1 : municipioIndex.computeIfAbsent(municipio, id -> municipioIndex.size()));
                points.add(rs, rs.getString("code"), "Section " + rs.getString("code"));
            }
            demandRows.get(row)[k] = value;
        });
    }

    /** The facilities offering the service type on the date, with the places in force then. */
    private void readExistingFacilities(String serviceType, LocalDate on, PlacesBuilder sites, List<Integer> capacities) {
        jdbc.query("""
                SELECT f.code, f.name, fs.places, %s
                FROM facility f JOIN %s fs ON fs.facility_id = f.id
                JOIN service_type st ON st.id = fs.service_type_id
                CROSS JOIN LATERAL (SELECT f.geom AS pt) p
                WHERE st.code = :serviceType
                ORDER BY f.code""".formatted(PLACE_COLUMNS, SupplyInForce.TABLE),
                new MapSqlParameterSource("srid", city.metricSrid()).addValue("serviceType", serviceType)
                        .addValue(SupplyInForce.DATE_PARAMETER, on), rs -> {
            sites.add(rs, rs.getString("code"), rs.getString("name"));
            int places = rs.getInt("places");
            capacities.add(rs.wasNull() ? -1 : places);
        });
    }

    private void readCandidates(SitingRequest request, PlacesBuilder sites, int existing) {
        MapSqlParameterSource params = new MapSqlParameterSource("srid", city.metricSrid());
        switch (request.candidateKind()) {
            case SECTIONS -> jdbc.query("""
                    SELECT s.code, %s FROM census_section s CROSS JOIN LATERAL (SELECT s.centroid AS pt) p
                    WHERE s.centroid IS NOT NULL AND NOT s.placeholder ORDER BY s.code""".formatted(PLACE_COLUMNS),
                    params, rs -> {
                        sites.add(rs, rs.getString("code"), "Section " + rs.getString("code"));
                    });
            case GRID -> readGrid(request.candidates().spacingMetres(), params, sites, existing);
            case LIST -> readList(request.candidates(), params, sites);
        }
    }

    /** Centres of a square grid over the city boundary that fall inside it. */
    private void readGrid(double spacing, MapSqlParameterSource params, PlacesBuilder sites, int existing) {
        params.addValue("spacing", spacing);
        Double area = jdbc.queryForObject("""
                SELECT ST_Area(ST_Transform(geom, :srid)) FROM territorial_area WHERE level = 'CITY'
                AND geom IS NOT NULL ORDER BY id LIMIT 1""", params, Double.class);
        if (area == null) {
            throw new IllegalArgumentException("a grid of candidates needs the city boundary: import the municipi first");
        }
        long expected = Math.round(area / (spacing * spacing));
        if (expected + existing > limits.maxCandidates()) {
            throw new IllegalArgumentException("too many sites: a grid of " + spacing + " m gives about " + expected
                    + " candidates, above the limit of " + limits.maxCandidates()
                    + " (wi.siting.max-candidates); use a wider spacing");
        }
        int[] counter = {0};
        jdbc.query("""
                WITH city AS (SELECT ST_Transform(geom, :srid) AS g FROM territorial_area WHERE level = 'CITY'
                              AND geom IS NOT NULL ORDER BY id LIMIT 1),
                     cells AS (SELECT ST_Centroid(c.geom) AS centre FROM city, ST_SquareGrid(:spacing, city.g) c)
                SELECT %s FROM cells, city CROSS JOIN LATERAL (SELECT ST_Transform(cells.centre, 4326) AS pt) p
                WHERE ST_Intersects(city.g, cells.centre)
                ORDER BY ST_Y(cells.centre) DESC, ST_X(cells.centre)""".formatted(PLACE_COLUMNS), params, rs -> {
            counter[0]++;
            sites.add(rs, "G" + counter[0], "Grid point " + counter[0]);
        });
    }

    /** Given points and section centroids; unknown section codes are refused by name. */
    private void readList(SitingRequest.Candidates candidates, MapSqlParameterSource params, PlacesBuilder sites) {
        List<List<Double>> points = candidates.points();
        for (int k = 0; k < points.size(); k++) {
            params.addValue("lon", points.get(k).get(0)).addValue("lat", points.get(k).get(1));
            int number = k + 1;
            jdbc.query("SELECT " + PLACE_COLUMNS + " FROM (SELECT ST_SetSRID(ST_MakePoint(:lon, :lat), 4326) AS pt) p",
                    params, rs -> {
                        sites.add(rs, "P" + number, "Point " + number);
                    });
        }
        List<String> codes = candidates.sectionCodes();
        if (codes.isEmpty()) {
            return;
        }
        Map<String, Boolean> found = new LinkedHashMap<>();
        params.addValue("codes", codes);
        jdbc.query("""
                SELECT s.code, %s FROM census_section s CROSS JOIN LATERAL (SELECT s.centroid AS pt) p
                WHERE s.code IN (:codes) AND s.centroid IS NOT NULL ORDER BY s.code""".formatted(PLACE_COLUMNS),
                params, rs -> {
                    found.put(rs.getString("code"), true);
                    sites.add(rs, rs.getString("code"), "Section " + rs.getString("code"));
                });
        List<String> missing = codes.stream().filter(code -> !found.containsKey(code)).distinct().toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("candidates.sectionCodes: no located section with code "
                    + String.join(", ", missing));
        }
    }

    /** Collects places row by row. */
    private static final class PlacesBuilder {
        private final List<String> codes = new ArrayList<>();
        private final List<String> names = new ArrayList<>();
        private final List<double[]> coordinates = new ArrayList<>();

        void add(ResultSet rs, String code, String name) throws SQLException {
            codes.add(code);
            names.add(name);
            coordinates.add(new double[] {rs.getDouble("lon"), rs.getDouble("lat"), rs.getDouble("x"), rs.getDouble("y")});
        }

        int size() {
            return codes.size();
        }

        SitingInstance.Places build() {
            int n = codes.size();
            double[][] columns = new double[4][n];
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < 4; c++) {
                    columns[c][i] = coordinates.get(i)[c];
                }
            }
            return new SitingInstance.Places(codes.toArray(String[]::new), names.toArray(String[]::new),
                    columns[0], columns[1], columns[2], columns[3]);
        }
    }
}
