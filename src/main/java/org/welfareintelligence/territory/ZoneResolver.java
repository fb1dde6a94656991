package org.welfareintelligence.territory;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.welfareintelligence.geo.CityProperties;
import org.welfareintelligence.web.NotFoundException;

/**
 * Finds a zone's census sections: those of a published area, or those whose centroid lies in a drawn polygon; and
 * checks a site given as a point or a polygon.
 */
@Component
public class ZoneResolver {

    /** A drawn polygon larger than this is almost certainly a mistake (Milan is 182 km²). */
    static final double MAX_CUSTOM_KM2 = 400;
    private static final int MAX_GEOJSON_CHARS = 200_000;

    private final NamedParameterJdbcTemplate jdbc;
    private final CityProperties city;

    ZoneResolver(NamedParameterJdbcTemplate jdbc, CityProperties city) {
        this.jdbc = jdbc;
        this.city = city;
    }

    public Zone area(String level, String code) {
        AreaLevel parsed = parseLevel(level);
        if (parsed == AreaLevel.CITY) {
            throw new IllegalArgumentException("a zone is a municipio, neighbourhood or census area, not the whole city");
        }
        String sectionFilter = switch (parsed) {
            case NEIGHBOURHOOD -> "s.neighbourhood_id = a.id";
            case CENSUS_AREA -> "s.census_area_id = a.id";
            default -> "s.neighbourhood_id IN (SELECT n.id FROM territorial_area n WHERE n.parent_id = a.id)";
        };
        List<Map<String, Object>> rows = jdbc.queryForList("""
                SELECT a.code, a.name, ST_AsGeoJSON(a.geom, 6) AS geometry,
                       coalesce(a.area_km2, ST_Area(ST_Transform(a.geom, :srid)) / 1e6) AS area_km2,
                       (SELECT coalesce(array_agg(s.id ORDER BY s.id), '{}') FROM census_section s WHERE %s) AS sections
                FROM territorial_area a WHERE a.level = :level AND a.code = :code""".formatted(sectionFilter),
                new MapSqlParameterSource("level", parsed.name()).addValue("code", code)
                        .addValue("srid", city.metricSrid()));
        if (rows.isEmpty()) {
            throw new NotFoundException("no " + level + " with code " + code);
        }
        Map<String, Object> row = rows.get(0);
        return new Zone(parsed, (String) row.get("code"), (String) row.get("name"), ids(row.get("sections")),
                (String) row.get("geometry"), ((Number) row.get("area_km2")).doubleValue());
    }

    /** A published area when a level is given without a polygon, else the drawn polygon (GeoJSON text, may be null). */
    public Zone areaOrDrawn(String level, String code, String polygonGeoJson, String name) {
        return polygonGeoJson == null && level != null ? area(level, code) : drawn(polygonGeoJson, name);
    }

    /** A polygon drawn on the map, as a GeoJSON Polygon or MultiPolygon geometry in EPSG:4326. */
    public Zone drawn(String geoJson, String name) {
        Map<String, Object> check = checked("polygon", geoJson, false);
        long[] sections = ids(check.get("sections"));
        if (sections.length == 0) {
            throw new IllegalArgumentException("polygon contains no census section of " + city.name());
        }
        String label = name == null || name.isBlank() ? "Drawn area" : name.strip();
        return new Zone(null, "custom", label, sections, (String) check.get("geometry"),
                ((Number) check.get("area_km2")).doubleValue());
    }

    /**
     * A site given as GeoJSON in EPSG:4326: a Point, or a Polygon or MultiPolygon checked as a drawn zone is;
     * {@code field} names it in the 400 a malformed one gets.
     */
    public Site site(String field, String geoJson) {
        Map<String, Object> check = checked(field, geoJson, true);
        return new Site((String) check.get("type"), (String) check.get("geometry"), (String) check.get("metric"),
                ((Number) check.get("lon")).doubleValue(), ((Number) check.get("lat")).doubleValue(),
                ((Number) check.get("area_km2")).doubleValue());
    }

    /** A readable, valid (multi)polygon, or point when allowed, not larger than a city: its figures, else a 400. */
    private Map<String, Object> checked(String field, String geoJson, boolean pointAllowed) {
        String kinds = pointAllowed ? "Point, Polygon or MultiPolygon" : "Polygon or MultiPolygon";
        if (geoJson == null || geoJson.isBlank()) {
            throw new IllegalArgumentException(field + " is missing: send a GeoJSON " + kinds + " geometry");
        }
        if (geoJson.length() > MAX_GEOJSON_CHARS) {
            throw new IllegalArgumentException(field + " has " + geoJson.length() + " characters; at most "
                    + MAX_GEOJSON_CHARS + " are accepted");
        }
        Map<String, Object> check;
        try {
            check = jdbc.queryForMap("""
                    WITH g AS (SELECT ST_SetSRID(ST_GeomFromGeoJSON(:geojson), 4326) AS geom)
                    SELECT GeometryType(geom) AS type, ST_IsValid(geom) AS valid, ST_IsValidReason(geom) AS reason,
                           ST_Area(ST_Transform(geom, :srid)) / 1e6 AS area_km2, ST_AsGeoJSON(geom, 6) AS geometry,
                           ST_AsText(ST_Transform(geom, :srid)) AS metric,
                           ST_X(ST_PointOnSurface(geom)) AS lon, ST_Y(ST_PointOnSurface(geom)) AS lat,
                           (SELECT coalesce(array_agg(s.id ORDER BY s.id), '{}') FROM census_section s
                            WHERE ST_Within(s.centroid, g.geom)) AS sections
                    FROM g""", new MapSqlParameterSource("geojson", geoJson).addValue("srid", city.metricSrid()));
        } catch (org.springframework.dao.DataAccessException e) {
            throw new IllegalArgumentException(field + " is not readable GeoJSON geometry");
        }
        String type = (String) check.get("type");
        if (!"POLYGON".equals(type) && !"MULTIPOLYGON".equals(type) && !(pointAllowed && "POINT".equals(type))) {
            throw new IllegalArgumentException(field + " must be a " + kinds + ", not " + type);
        }
        if (!Boolean.TRUE.equals(check.get("valid"))) {
            throw new IllegalArgumentException(field + " is not valid: " + check.get("reason"));
        }
        double areaKm2 = ((Number) check.get("area_km2")).doubleValue();
        if (areaKm2 > MAX_CUSTOM_KM2) {
            throw new IllegalArgumentException("%s covers %.0f km²; at most %.0f km² are accepted"
                    .formatted(field, areaKm2, MAX_CUSTOM_KM2));
        }
        return check;
    }

    private static long[] ids(Object sqlArray) {
        try {
            Object array = ((java.sql.Array) sqlArray).getArray();
            Long[] boxed = (Long[]) array;
            long[] ids = new long[boxed.length];
            for (int i = 0; i < boxed.length; i++) {
                ids[i] = boxed[i];
            }
            return ids;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot read section ids", e);
        }
    }

    private static AreaLevel parseLevel(String level) {
        try {
            return AreaLevel.parse(level);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown level '" + level + "': use municipio, neighbourhood or census-area");
        }
    }
}
