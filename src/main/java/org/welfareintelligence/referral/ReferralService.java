package org.welfareintelligence.referral;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.welfareintelligence.analytics.AnalyticsProperties;
import org.welfareintelligence.analytics.measure.EuclideanCosts;
import org.welfareintelligence.geo.CityProperties;
import org.welfareintelligence.occupancy.OccupancyQueries;
import org.welfareintelligence.occupancy.ServiceOccupancy;
import org.welfareintelligence.supply.SupplyInForce;
import org.welfareintelligence.web.LikePattern;

/**
 * Resolves the place, loads the open centres offering the service (to the target group, when given), costs the
 * trip as the analytics do (straight line in the city's metric CRS × detour factor, minutes at the configured
 * speed), ranks them by {@link ReferralRanking} and builds the answer with the occupancy view, whose waiting
 * lists are already disclosure-controlled for the reader.
 */
@Service
public class ReferralService {

    /** An open centre offering the service, with its position in the metric CRS. */
    private record Candidate(String code, String name, String address, String operator, double lon, double lat,
                             double x, double y) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final OccupancyQueries occupancy;
    private final EuclideanCosts costs;
    private final int metricSrid;

    ReferralService(NamedParameterJdbcTemplate jdbc, OccupancyQueries occupancy, AnalyticsProperties analytics,
                    CityProperties city) {
        this.jdbc = jdbc;
        this.occupancy = occupancy;
        this.costs = new EuclideanCosts(analytics.detourFactor(), analytics.speedKmh());
        this.metricSrid = city.metricSrid();
    }

    public ReferralAnswer refer(ReferralQuery query) {
        requireKnown("service_type", "serviceType", query.serviceType(), "/api/service-types");
        if (query.target() != null) {
            requireKnown("target", "target", query.target(), "/api/targets");
        }
        Optional<ReferralAnswer.Place> resolved = place(query);
        if (resolved.isEmpty()) {
            return ReferralAnswer.unresolved("'" + query.text() + "' matches no neighbourhood, municipio, census area "
                    + "or facility name or address, and street addresses are not geocoded: give lon and lat, or nil", query);
        }
        ReferralAnswer.Place place = resolved.get();
        double[] origin = metric(place);
        List<Candidate> candidates = candidates(query);
        Map<String, ServiceOccupancy> figures = occupancy.ofService(query.serviceType(),
                candidates.stream().map(Candidate::code).toList());
        double[] cost = new double[candidates.size()];
        int[] free = new int[candidates.size()];
        for (int i = 0; i < cost.length; i++) {
            Candidate c = candidates.get(i);
            cost[i] = costs.cost(Math.hypot(c.x() - origin[0], c.y() - origin[1]));
            ServiceOccupancy o = figures.get(c.code());
            free[i] = o == null || o.freePlaces() == null ? -1 : o.freePlaces();
        }
        ReferralRanking.Ranking ranking = ReferralRanking.rank(cost, free, query.limit());
        return new ReferralAnswer(true, null, place, query.serviceType(), query.target(), costs.unit(),
                centres(ranking.centres(), 1, candidates, cost, figures),
                centres(ranking.others(), ranking.centres().length + 1, candidates, cost, figures));
    }

    private static List<ReferralAnswer.Centre> centres(int[] order, int firstRank, List<Candidate> candidates,
                                                       double[] cost, Map<String, ServiceOccupancy> figures) {
        List<ReferralAnswer.Centre> centres = new ArrayList<>();
        for (int k = 0; k < order.length; k++) {
            Candidate c = candidates.get(order[k]);
            ServiceOccupancy o = figures.get(c.code());
            centres.add(new ReferralAnswer.Centre(firstRank + k, c.code(), c.name(), c.address(), c.operator(),
                    c.lon(), c.lat(), Math.round(cost[order[k]] * 10) / 10.0, o == null ? null : o.capacityPlaces(),
                    o == null ? null : o.freePlaces(), o == null ? null : o.waiting(), o == null ? null : o.asOf()));
        }
        return centres;
    }

    private void requireKnown(String table, String field, String code, String listing) {
        if (jdbc.queryForList("SELECT 1 FROM " + table + " WHERE code = :code",
                new MapSqlParameterSource("code", code), Integer.class).isEmpty()) {
            throw new IllegalArgumentException(field + ": no " + field + " with code " + code + " (see " + listing + ")");
        }
    }

    private Optional<ReferralAnswer.Place> place(ReferralQuery query) {
        if (query.lon() != null) {
            return Optional.of(new ReferralAnswer.Place("point", "point", query.lon(), query.lat()));
        }
        if (query.nil() != null) {
            List<ReferralAnswer.Place> nil = jdbc.query("""
                    SELECT name, ST_X(ST_PointOnSurface(geom)) AS lon, ST_Y(ST_PointOnSurface(geom)) AS lat
                    FROM territorial_area WHERE level = 'NEIGHBOURHOOD' AND code = :code AND geom IS NOT NULL""",
                    new MapSqlParameterSource("code", query.nil()), (rs, row) -> new ReferralAnswer.Place(
                            rs.getString("name"), "neighbourhood", rs.getDouble("lon"), rs.getDouble("lat")));
            if (nil.isEmpty()) {
                throw new IllegalArgumentException("nil: no neighbourhood with code " + query.nil()
                        + " (see /api/territories/neighbourhood)");
            }
            return Optional.of(nil.get(0));
        }
        // an exact name first, areas before facilities, then the shortest name
        return jdbc.query("""
                SELECT label, kind, lon, lat FROM (
                  SELECT a.name AS label, lower(a.level) AS kind, ST_X(ST_PointOnSurface(a.geom)) AS lon,
                         ST_Y(ST_PointOnSurface(a.geom)) AS lat, lower(a.name) = lower(:text) AS exact, 0 AS source
                  FROM territorial_area a
                  WHERE a.level IN ('NEIGHBOURHOOD', 'MUNICIPIO', 'CENSUS_AREA') AND a.geom IS NOT NULL
                    AND a.name ILIKE :pattern
                  UNION ALL
                  SELECT f.name || coalesce(', ' || f.address, ''), 'facility', ST_X(f.geom), ST_Y(f.geom),
                         lower(f.name) = lower(:text), 1
                  FROM facility f WHERE f.name ILIKE :pattern OR f.address ILIKE :pattern) matches
                ORDER BY exact DESC, source, length(label), label LIMIT 1""",
                new MapSqlParameterSource("text", query.text()).addValue("pattern", LikePattern.containing(query.text())),
                (rs, row) -> new ReferralAnswer.Place(rs.getString("label"), rs.getString("kind"), rs.getDouble("lon"),
                        rs.getDouble("lat"))).stream().findFirst();
    }

    private double[] metric(ReferralAnswer.Place place) {
        return jdbc.queryForObject("""
                SELECT ST_X(p) AS x, ST_Y(p) AS y
                FROM ST_Transform(ST_SetSRID(ST_MakePoint(:lon, :lat), 4326), :srid) AS p""",
                new MapSqlParameterSource("lon", place.lon()).addValue("lat", place.lat()).addValue("srid", metricSrid),
                (rs, row) -> new double[] {rs.getDouble("x"), rs.getDouble("y")});
    }

    /** Centres offering the service in force today; with a target, those serving it (listed, or by their service type). */
    private List<Candidate> candidates(ReferralQuery query) {
        return jdbc.query("""
                SELECT f.code, f.name, f.address, o.name AS operator, ST_X(f.geom) AS lon, ST_Y(f.geom) AS lat,
                       ST_X(ST_Transform(f.geom, :srid)) AS x, ST_Y(ST_Transform(f.geom, :srid)) AS y
                FROM facility f JOIN facility_service fs ON fs.facility_id = f.id
                JOIN %s now ON now.facility_service_id = fs.id
                JOIN service_type st ON st.id = fs.service_type_id AND st.code = :serviceType
                LEFT JOIN organisation o ON o.id = f.organisation_id
                WHERE (CAST(:target AS varchar) IS NULL
                    OR EXISTS (SELECT 1 FROM facility_service_target fst JOIN target t ON t.id = fst.target_id
                               WHERE fst.facility_service_id = fs.id AND t.code = :target)
                    OR (NOT EXISTS (SELECT 1 FROM facility_service_target fst WHERE fst.facility_service_id = fs.id)
                        AND EXISTS (SELECT 1 FROM service_type_target stt JOIN target t ON t.id = stt.target_id
                                    WHERE stt.service_type_id = st.id AND t.code = :target)))
                ORDER BY f.code""".formatted(SupplyInForce.TABLE),
                new MapSqlParameterSource("serviceType", query.serviceType()).addValue("target", query.target())
                        .addValue("srid", metricSrid).addValue(SupplyInForce.DATE_PARAMETER, LocalDate.now()),
                (rs, row) -> new Candidate(rs.getString("code"), rs.getString("name"), rs.getString("address"),
                        rs.getString("operator"), rs.getDouble("lon"), rs.getDouble("lat"), rs.getDouble("x"),
                        rs.getDouble("y")));
    }
}
