package org.welfareintelligence.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.welfareintelligence.geo.CityProperties;
import org.welfareintelligence.ingest.format.FeatureSource;
import org.welfareintelligence.ingest.format.InvalidInputException;
import org.welfareintelligence.ingest.format.SourceFeature;

/**
 * Puts a file's geometries into the transaction-local table {@code staged_geometry (idx, geom)}, in
 * EPSG:4326, checked, repaired with ST_MakeValid when allowed, and checked to lie near the city (a
 * far-away result almost always means a wrong CRS). Importers then read the table by feature index.
 */
@Component
class GeometryStaging {

    /** Which geometries a dataset accepts. */
    enum Expected {
        POLYGONAL(3, "a polygon or multipolygon"), POINT(1, "a point");

        final int collectionType;
        final String description;

        Expected(int collectionType, String description) {
            this.collectionType = collectionType;
            this.description = description;
        }
    }

    /** Warnings and the number of repaired geometries. */
    record Outcome(int repaired, List<String> warnings) {
    }

    private static final double MAX_DISTANCE_FROM_CITY_KM = 100;

    private final JdbcTemplate jdbc;
    private final CityProperties city;

    GeometryStaging(JdbcTemplate jdbc, CityProperties city) {
        this.jdbc = jdbc;
        this.city = city;
    }

    Outcome stage(FeatureSource source, Integer sridOverride, boolean repair, Expected expected) {
        int srid = resolveSrid(source, sridOverride);
        String file = source.fileName();
        jdbc.execute("DROP TABLE IF EXISTS staged_geometry");
        jdbc.execute("CREATE TEMP TABLE staged_geometry (idx integer PRIMARY KEY, geom geometry) ON COMMIT DROP");
        WKBWriter wkb = new WKBWriter(2);
        List<Object[]> rows = new ArrayList<>();
        for (SourceFeature feature : source.features()) {
            Geometry geometry = feature.geometry();
            if (geometry == null || geometry.isEmpty()) {
                throw new InvalidInputException(file, "feature " + feature.index(), "geometry",
                        "the feature has no geometry");
            }
            if (!matches(geometry, expected)) {
                throw new InvalidInputException(file, "feature " + feature.index(), "geometry",
                        "expected " + expected.description + " but found a " + geometry.getGeometryType());
            }
            rows.add(new Object[] {feature.index(), wkb.write(geometry)});
        }
        jdbc.batchUpdate("INSERT INTO staged_geometry (idx, geom) VALUES (?, ST_GeomFromWKB(?, " + srid + "))", rows);

        try {
            jdbc.update("UPDATE staged_geometry SET geom = ST_Transform(geom, 4326)");
        } catch (DataAccessException e) {
            throw new InvalidInputException(file, "file", "srid", "the coordinates cannot be transformed from EPSG:"
                    + srid + " to longitude/latitude: is the coordinate reference system wrong?");
        }
        // validity is judged in EPSG:4326, where the geometry will live: reprojection can itself
        // make a ring touch or cross
        List<String> warnings = new ArrayList<>();
        int repaired = repairInvalid(file, repair, expected, warnings);
        if (expected == Expected.POLYGONAL) {
            jdbc.update("UPDATE staged_geometry SET geom = ST_Multi(geom)");
        }
        checkNearCity(file, srid);
        return new Outcome(repaired, warnings);
    }

    private int resolveSrid(FeatureSource source, Integer override) {
        Integer srid = override != null ? override : source.srid();
        if (srid == null) {
            throw new InvalidInputException(source.fileName(), "file", "srid",
                    "the file does not say its coordinate reference system (no .prj or an unknown one): "
                            + "pass srid=<EPSG code>, e.g. 3003, 32632 or 4326");
        }
        Integer known = jdbc.queryForObject("SELECT count(*) FROM spatial_ref_sys WHERE srid = ?", Integer.class, srid);
        if (known == null || known == 0) {
            throw new InvalidInputException(source.fileName(), "file", "srid", "EPSG:" + srid + " is not a known CRS");
        }
        return srid;
    }

    private int repairInvalid(String file, boolean repair, Expected expected, List<String> warnings) {
        List<Map<String, Object>> invalid = jdbc.queryForList(
                "SELECT idx, ST_IsValidReason(geom) AS reason FROM staged_geometry WHERE NOT ST_IsValid(geom) ORDER BY idx");
        if (invalid.isEmpty()) {
            return 0;
        }
        Map<String, Object> first = invalid.get(0);
        if (!repair) {
            throw new InvalidInputException(file, "feature " + first.get("idx"), "geometry",
                    "invalid geometry (" + first.get("reason") + "); " + invalid.size()
                            + " invalid in all. Fix the file or import with repair=true");
        }
        jdbc.update("UPDATE staged_geometry SET geom = ST_CollectionExtract(ST_MakeValid(geom), "
                + expected.collectionType + ") WHERE NOT ST_IsValid(geom)");
        List<Integer> unrepairable = jdbc.queryForList(
                "SELECT idx FROM staged_geometry WHERE geom IS NULL OR ST_IsEmpty(geom) OR NOT ST_IsValid(geom) ORDER BY idx",
                Integer.class);
        if (!unrepairable.isEmpty()) {
            throw new InvalidInputException(file, "feature " + unrepairable.get(0), "geometry",
                    "invalid geometry that cannot be repaired into " + expected.description);
        }
        for (Map<String, Object> row : invalid) {
            warnings.add("feature " + row.get("idx") + ": invalid geometry repaired (" + row.get("reason") + ")");
        }
        return invalid.size();
    }

    private void checkNearCity(String file, int srid) {
        List<Map<String, Object>> far = jdbc.queryForList("""
                SELECT idx, round((ST_Distance(ST_Centroid(geom)::geography,
                                   ST_SetSRID(ST_MakePoint(?, ?), 4326)::geography) / 1000)::numeric) AS km
                FROM staged_geometry
                WHERE ST_Distance(ST_Centroid(geom)::geography, ST_SetSRID(ST_MakePoint(?, ?), 4326)::geography) > ?
                ORDER BY idx LIMIT 1""",
                city.centerLon(), city.centerLat(), city.centerLon(), city.centerLat(), MAX_DISTANCE_FROM_CITY_KM * 1000);
        if (!far.isEmpty()) {
            Map<String, Object> row = far.get(0);
            throw new InvalidInputException(file, "feature " + row.get("idx"), "geometry",
                    "the feature lies " + row.get("km") + " km from " + city.name() + " when read as EPSG:" + srid
                            + ": is the coordinate reference system wrong? Pass srid=<EPSG code>");
        }
    }

    private static boolean matches(Geometry geometry, Expected expected) {
        String type = geometry.getGeometryType();
        return expected == Expected.POINT ? type.equals("Point")
                : type.equals("Polygon") || type.equals("MultiPolygon");
    }
}
