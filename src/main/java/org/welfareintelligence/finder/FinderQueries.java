package org.welfareintelligence.finder;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.welfareintelligence.geo.CityProperties;
import org.welfareintelligence.occupancy.OccupancyQueries;
import org.welfareintelligence.occupancy.ServiceOccupancy;
import org.welfareintelligence.privacy.Count;
import org.welfareintelligence.supply.SupplyInForce;
import org.welfareintelligence.web.LikePattern;

/** Nearest facilities by PostGIS KNN, and places (facility addresses, area names) matching a text. */
@Service
class FinderQueries {

    /**
     * KNN on the EPSG:4326 index orders by degrees, in which a degree of longitude counts as much as one
     * of latitude although it is shorter (0.70 of it at Milan's 45.5°N). So the index picks generously
     * many candidates and the exact metric distance orders them.
     */
    private static final int CANDIDATES_PER_RESULT = 10;
    private static final int MIN_CANDIDATES = 100;

    /** A facility near the point; {@code waiting} counts people and is withheld when small (privacy layer). */
    record NearbyFacility(String code, String name, String address, String status, String organisation,
                          double lat, double lon, long distanceMetres, Integer capacityPlaces, Integer freePlaces,
                          Count waiting, LocalDate occupancyAsOf) {
    }

    record Place(String label, String kind, double lat, double lon) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final OccupancyQueries occupancy;
    private final int metricSrid;

    FinderQueries(NamedParameterJdbcTemplate jdbc, OccupancyQueries occupancy, CityProperties city) {
        this.jdbc = jdbc;
        this.occupancy = occupancy;
        this.metricSrid = city.metricSrid();
    }

    /** The nearest facilities offering the service, with its free places and waiting list at each. */
    List<NearbyFacility> nearest(double lat, double lon, String serviceType, boolean openOnly, int limit) {
        List<NearbyFacility> found = jdbc.query("""
                WITH here AS (SELECT ST_SetSRID(ST_MakePoint(:lon, :lat), 4326) AS point),
                candidates AS (
                  SELECT f.id, f.code, f.name, f.address, f.status, f.geom, f.organisation_id,
                         CASE WHEN now.facility_service_id IS NULL THEN fs.capacity_places ELSE now.places END
                             AS capacity_places
                  FROM facility f
                  JOIN facility_service fs ON fs.facility_id = f.id
                  JOIN service_type st ON st.id = fs.service_type_id AND st.code = :serviceType
                  LEFT JOIN %s now ON now.facility_service_id = fs.id
                  WHERE (NOT :openOnly OR now.facility_service_id IS NOT NULL)
                  ORDER BY f.geom <-> (SELECT point FROM here)
                  LIMIT :candidates)
                SELECT c.code, c.name, c.address, c.status, o.name AS organisation, ST_Y(c.geom) AS lat,
                       ST_X(c.geom) AS lon, c.capacity_places,
                       round(ST_Distance(ST_Transform(c.geom, :srid),
                                         ST_Transform((SELECT point FROM here), :srid)))::bigint AS metres
                FROM candidates c LEFT JOIN organisation o ON o.id = c.organisation_id
                ORDER BY metres, c.code
                LIMIT :limit""".formatted(SupplyInForce.TABLE),
                new MapSqlParameterSource("lat", lat).addValue(SupplyInForce.DATE_PARAMETER, LocalDate.now())
                        .addValue("lon", lon).addValue("serviceType", serviceType)
                        .addValue("openOnly", openOnly).addValue("srid", metricSrid).addValue("limit", limit)
                        .addValue("candidates", Math.max(MIN_CANDIDATES, limit * CANDIDATES_PER_RESULT)),
                (rs, row) -> new NearbyFacility(rs.getString("code"), rs.getString("name"), rs.getString("address"),
                        rs.getString("status"), rs.getString("organisation"), rs.getDouble("lat"),
                        rs.getDouble("lon"), rs.getLong("metres"), rs.getObject("capacity_places", Integer.class),
                        null, null, null));
        Map<String, ServiceOccupancy> figures = occupancy.ofService(serviceType,
                found.stream().map(NearbyFacility::code).toList());
        return found.stream().map(f -> {
            ServiceOccupancy o = figures.get(f.code());
            return o == null ? f : new NearbyFacility(f.code(), f.name(), f.address(), f.status(), f.organisation(),
                    f.lat(), f.lon(), f.distanceMetres(), f.capacityPlaces(), o.freePlaces(), o.waiting(), o.asOf());
        }).toList();
    }

    boolean serviceTypeExists(String code) {
        return !jdbc.queryForList("SELECT 1 FROM service_type WHERE code = :code",
                new MapSqlParameterSource("code", code), Integer.class).isEmpty();
    }

    /** Neighbourhoods and municipi by name, then facility addresses, containing {@code text}. */
    List<Place> places(String text, int limit) {
        return jdbc.query("""
                (SELECT a.name AS label, lower(a.level) AS kind, ST_Y(ST_PointOnSurface(a.geom)) AS lat,
                        ST_X(ST_PointOnSurface(a.geom)) AS lon, 0 AS rank
                 FROM territorial_area a
                 WHERE a.level IN ('NEIGHBOURHOOD', 'MUNICIPIO') AND a.geom IS NOT NULL AND a.name ILIKE :pattern)
                UNION ALL
                (SELECT DISTINCT ON (f.address) f.address, 'address', ST_Y(f.geom), ST_X(f.geom), 1
                 FROM facility f WHERE f.address ILIKE :pattern ORDER BY f.address)
                ORDER BY rank, label
                LIMIT :limit""",
                new MapSqlParameterSource("pattern", LikePattern.containing(text)).addValue("limit", limit),
                (rs, row) -> new Place(rs.getString("label"), rs.getString("kind"), rs.getDouble("lat"),
                        rs.getDouble("lon")));
    }
}
