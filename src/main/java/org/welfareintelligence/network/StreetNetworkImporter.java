package org.welfareintelligence.network;

import java.io.ByteArrayInputStream;
import java.sql.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.welfareintelligence.geo.CityProperties;
import org.welfareintelligence.ingest.format.FeatureSource;
import org.welfareintelligence.ingest.format.FileKind;
import org.welfareintelligence.ingest.format.GeoJsonReader;
import org.welfareintelligence.ingest.format.InvalidInputException;
import org.welfareintelligence.ingest.format.ShapefileReader;
import org.welfareintelligence.ingest.format.SourceFeature;
import org.welfareintelligence.network.core.LargestComponent;
import org.welfareintelligence.network.core.NodedNetwork;
import org.welfareintelligence.network.core.Noding;

/**
 * Imports street centre lines (GeoJSON or a zipped Shapefile, whose .dbf may be missing) as the walking graph:
 * PostGIS reprojects the lines to the city's metric CRS, {@link Noding} cuts them at shared vertices,
 * {@link LargestComponent} keeps the largest connected piece, and nodes and edges replace the previous network,
 * all in one transaction recorded as an import batch.
 */
@Service
public class StreetNetworkImporter {

    /** Lines whose first point lies farther than this from the city centre are in the wrong place or CRS. */
    private static final double MAX_KM_FROM_CENTRE = 60;

    private final JdbcTemplate jdbc;
    private final CityProperties city;
    StreetNetworkImporter(JdbcTemplate jdbc, CityProperties city) {
        this.jdbc = jdbc;
        this.city = city;
    }

    /** What an import kept and dropped. */
    public record Report(long batchId, String kind, String fileName, int linesRead, int nodes, int edges,
                         double kilometres, int components, int droppedEdges, double droppedKilometres) {
    }

    /**
     * @param srid the lines' EPSG code when the file does not say it (GeoJSON is longitude/latitude)
     */
    @Transactional
    public Report importFile(String fileName, byte[] content, Integer srid, String source, String loadedBy,
                             boolean synthetic) {
        return importLines(read(fileName, content), srid, source, loadedBy, synthetic);
    }

    /** Imports lines already read, e.g. a Shapefile in a folder. */
    @Transactional
    public Report importLines(FeatureSource file, Integer srid, String source, String loadedBy, boolean synthetic) {
        String fileName = file.fileName();
        int fileSrid = srid != null ? srid : file.srid() != null ? file.srid() : 0;
        if (fileSrid == 0) {
            throw new InvalidInputException(fileName, "file", "srid", "the file does not say its coordinate "
                    + "reference system (no .prj): give its EPSG code as srid, e.g. srid=4326 for longitude/latitude");
        }
        List<String> parts = new ArrayList<>();
        List<Integer> featureOfPart = new ArrayList<>();
        WKBWriter wkb = new WKBWriter();
        for (SourceFeature feature : file.features()) {
            Geometry geometry = feature.geometry();
            if (geometry == null || geometry.isEmpty()) {
                continue;
            }
            if (!geometry.getGeometryType().endsWith("LineString")) {
                throw new InvalidInputException(fileName, "feature " + feature.index(), "geometry",
                        "a street network is made of lines, not " + geometry.getGeometryType());
            }
            for (int p = 0; p < geometry.getNumGeometries(); p++) {
                parts.add(WKBWriter.toHex(wkb.write(geometry.getGeometryN(p))));
                featureOfPart.add(feature.index());
            }
        }
        if (parts.isEmpty()) {
            throw new InvalidInputException(fileName, "file", null, "the file holds no street lines");
        }
        List<double[]> lines = toMetric(fileName, parts, featureOfPart, fileSrid);
        LargestComponent.Kept kept = LargestComponent.keep(Noding.node(lines));
        NodedNetwork network = kept.network();
        long batchId = openBatch(source == null ? fileName : source, loadedBy, synthetic);
        write(network);
        Report report = new Report(batchId, "STREET_NETWORK", fileName, file.features().size(), network.nodes(),
                network.edges(), network.totalMetres() / 1000, kept.components(), kept.droppedEdges(),
                kept.droppedMetres() / 1000);
        jdbc.update("""
                INSERT INTO street_network (batch_id, metric_srid, lines_read, nodes, edges, kilometres, components,
                                            dropped_edges, dropped_kilometres) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                batchId, city.metricSrid(), report.linesRead(), report.nodes(), report.edges(), report.kilometres(),
                report.components(), report.droppedEdges(), report.droppedKilometres());
        jdbc.update("UPDATE import_batch SET rows_read = ?, rows_written = ?, rows_skipped = ?, warnings = ? WHERE id = ?",
                report.linesRead(), report.edges(), report.droppedEdges(),
                "kept the largest of %d connected pieces; edges dropped: %d (%.1f km)".formatted(report.components(),
                        report.droppedEdges(), report.droppedKilometres()), batchId);
        return report;
    }

    private static FeatureSource read(String fileName, byte[] content) {
        FileKind format = FileKind.detect(fileName, Arrays.copyOf(content, Math.min(content.length, FileKind.HEAD_BYTES)));
        return switch (format) {
            case GEOJSON -> new GeoJsonReader().read(fileName, new ByteArrayInputStream(content));
            case SHAPEFILE_ZIP -> new ShapefileReader().readZip(fileName, new ByteArrayInputStream(content), false);
            case CSV -> throw new InvalidInputException(fileName, "file", null,
                    "a street network needs line geometry: upload GeoJSON or a zipped Shapefile");
        };
    }

    /** Lines in the metric CRS as x0, y0, x1, y1, …, reprojected by PostGIS in one statement. */
    private List<double[]> toMetric(String fileName, List<String> parts, List<Integer> featureOfPart, int srid) {
        int metric = city.metricSrid();
        double[] centre = jdbc.queryForObject(
                "SELECT ST_X(p), ST_Y(p) FROM ST_Transform(ST_SetSRID(ST_MakePoint(?, ?), 4326), ?) p",
                (rs, i) -> new double[] {rs.getDouble(1), rs.getDouble(2)}, city.centerLon(), city.centerLat(), metric);
        List<double[]> lines = new ArrayList<>(parts.size());
        try {
            jdbc.query(con -> {
                var statement = con.prepareStatement("""
                        SELECT ST_AsBinary(ST_Transform(ST_GeomFromWKB(decode(h, 'hex'), ?), ?))
                        FROM unnest(?::text[]) WITH ORDINALITY AS t(h, i) ORDER BY i""");
                statement.setInt(1, srid);
                statement.setInt(2, metric);
                Array array = con.createArrayOf("text", parts.toArray());
                statement.setArray(3, array);
                return statement;
            }, rs -> {
                Geometry line = wkbRead(rs.getBytes(1));
                Coordinate[] points = line.getCoordinates();
                double[] xy = new double[2 * points.length];
                for (int v = 0; v < points.length; v++) {
                    xy[2 * v] = points[v].x;
                    xy[2 * v + 1] = points[v].y;
                }
                if (points.length > 0
                        && Math.hypot(xy[0] - centre[0], xy[1] - centre[1]) > MAX_KM_FROM_CENTRE * 1000) {
                    throw new InvalidInputException(fileName, "feature " + featureOfPart.get(lines.size()), "geometry",
                            "the line lies more than %.0f km from %s: is the coordinate reference system (srid=%d) right?"
                                    .formatted(MAX_KM_FROM_CENTRE, city.name(), srid));
                }
                lines.add(xy);
            });
        } catch (DataAccessException e) {
            throw new InvalidInputException(fileName, "file", "srid", "the coordinates cannot be transformed from EPSG:"
                    + srid + " to the city's metric CRS: is the coordinate reference system wrong?", e);
        }
        return lines;
    }

    private static Geometry wkbRead(byte[] bytes) {
        try {
            return new WKBReader().read(bytes);
        } catch (ParseException e) {
            throw new IllegalStateException("PostGIS returned unreadable WKB", e);
        }
    }

    private long openBatch(String source, String loadedBy, boolean synthetic) {
        return jdbc.queryForObject("""
                INSERT INTO import_batch (kind, source, licence, synthetic, loaded_by) VALUES ('STREET_NETWORK', ?, ?, ?, ?)
                RETURNING id""", Long.class, source.length() > 500 ? source.substring(0, 500) : source,
                "OpenStreetMap lines: © OpenStreetMap contributors, ODbL, when they come from OSM",
                synthetic, loadedBy == null ? "system" : loadedBy);
    }

    /** Replaces the stored network: nodes with their metric and lon/lat points, edges with their lines. */
    private void write(NodedNetwork network) {
        int metric = city.metricSrid();
        jdbc.update("DELETE FROM street_edge");
        jdbc.update("DELETE FROM street_node");
        jdbc.update("DELETE FROM street_network");
        Integer[] ids = new Integer[network.nodes()];
        Double[] x = new Double[ids.length];
        Double[] y = new Double[ids.length];
        for (int v = 0; v < ids.length; v++) {
            ids[v] = v;
            x[v] = network.nodeX()[v];
            y[v] = network.nodeY()[v];
        }
        jdbc.update(con -> {
            var statement = con.prepareStatement("""
                    INSERT INTO street_node (id, pt, geom)
                    SELECT i, p, ST_Transform(p, 4326)
                    FROM (SELECT i, ST_SetSRID(ST_MakePoint(x, y), ?) p
                          FROM unnest(?::int[], ?::float8[], ?::float8[]) AS t(i, x, y)) n""");
            statement.setInt(1, metric);
            statement.setArray(2, con.createArrayOf("integer", ids));
            statement.setArray(3, con.createArrayOf("float8", x));
            statement.setArray(4, con.createArrayOf("float8", y));
            return statement;
        });
        GeometryFactory factory = new GeometryFactory();
        WKBWriter wkb = new WKBWriter();
        Integer[] edgeIds = new Integer[network.edges()];
        Integer[] source = new Integer[edgeIds.length];
        Integer[] target = new Integer[edgeIds.length];
        Double[] metres = new Double[edgeIds.length];
        String[] shapes = new String[edgeIds.length];
        for (int e = 0; e < edgeIds.length; e++) {
            edgeIds[e] = e;
            source[e] = network.source()[e];
            target[e] = network.target()[e];
            metres[e] = network.metres()[e];
            double[] xy = network.coordinates()[e];
            Coordinate[] points = new Coordinate[xy.length / 2];
            for (int v = 0; v < points.length; v++) {
                points[v] = new Coordinate(xy[2 * v], xy[2 * v + 1]);
            }
            LineString line = factory.createLineString(points);
            shapes[e] = WKBWriter.toHex(wkb.write(line));
        }
        jdbc.update(con -> {
            var statement = con.prepareStatement("""
                    INSERT INTO street_edge (id, source, target, metres, geom)
                    SELECT i, s, t, m, ST_Transform(ST_GeomFromWKB(decode(h, 'hex'), ?), 4326)
                    FROM unnest(?::int[], ?::int[], ?::int[], ?::float8[], ?::text[]) AS u(i, s, t, m, h)""");
            statement.setInt(1, metric);
            statement.setArray(2, con.createArrayOf("integer", edgeIds));
            statement.setArray(3, con.createArrayOf("integer", source));
            statement.setArray(4, con.createArrayOf("integer", target));
            statement.setArray(5, con.createArrayOf("float8", metres));
            statement.setArray(6, con.createArrayOf("text", shapes));
            return statement;
        });
    }
}
