package org.welfareintelligence.tender;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.welfareintelligence.demand.DemandQueries;
import org.welfareintelligence.geo.CityProperties;
import org.welfareintelligence.supply.SupplyInForce;
import org.welfareintelligence.territory.TerritorialDisclosure;
import org.welfareintelligence.territory.Zone;

/** The report's map: the zone's sections shaded by the first target's rate per 1,000 residents. */
@Component
class ZoneMaps {

    private final NamedParameterJdbcTemplate jdbc;
    private final DemandQueries demand;
    private final TerritorialDisclosure territorial;
    private final CityProperties city;

    ZoneMaps(NamedParameterJdbcTemplate jdbc, DemandQueries demand, TerritorialDisclosure territorial,
             CityProperties city) {
        this.jdbc = jdbc;
        this.demand = demand;
        this.territorial = territorial;
        this.city = city;
    }

    byte[] png(Zone zone, String targetCode, List<String> serviceTypes, ZoneMapImage.Legend legend) {
        long targetId = demand.targetId(targetCode);
        String period = demand.resolvePeriod(targetId, null);
        TerritorialDisclosure.Release values = demand.release(targetId, period);
        TerritorialDisclosure.Release people = territorial.population();
        MapSqlParameterSource params = new MapSqlParameterSource("srid", city.metricSrid())
                .addValue("geometry", zone.geometry())
                .addValue("types", serviceTypes.isEmpty() ? List.of("") : serviceTypes);
        WKBReader wkb = new WKBReader();
        Geometry outline = read(wkb, jdbc.queryForObject(
                "SELECT ST_AsBinary(ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON(:geometry), 4326), :srid))",
                params, byte[].class));
        List<ZoneMapImage.Shape> shapes = new ArrayList<>();
        jdbc.query("""
                SELECT s.id, ST_AsBinary(ST_Transform(s.geom, :srid)) AS geom
                FROM census_section s
                WHERE s.geom IS NOT NULL AND ST_Within(s.centroid, ST_SetSRID(ST_GeomFromGeoJSON(:geometry), 4326))""",
                params, rs -> {
                    long id = rs.getLong("id");
                    Double rate = values.section(id).per(people.section(id), 1000);
                    shapes.add(new ZoneMapImage.Shape(read(wkb, rs.getBytes("geom")), rate));
                });
        List<Coordinate> facilities = jdbc.query("""
                SELECT DISTINCT ST_X(ST_Transform(f.geom, :srid)) AS x, ST_Y(ST_Transform(f.geom, :srid)) AS y
                FROM facility f JOIN %s fs ON fs.facility_id = f.id
                JOIN service_type st ON st.id = fs.service_type_id
                WHERE st.code IN (:types)
                  AND ST_Within(f.geom, ST_SetSRID(ST_GeomFromGeoJSON(:geometry), 4326))""".formatted(SupplyInForce.TODAY),
                params, (rs, i) -> new Coordinate(rs.getDouble("x"), rs.getDouble("y")));
        return ZoneMapImage.png(outline, shapes, facilities, legend, 640, 420);
    }

    private static Geometry read(WKBReader wkb, byte[] bytes) {
        try {
            return wkb.read(bytes);
        } catch (ParseException e) {
            throw new IllegalStateException("PostGIS returned unreadable WKB", e);
        }
    }
}
