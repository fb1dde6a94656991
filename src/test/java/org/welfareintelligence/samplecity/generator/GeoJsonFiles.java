package org.welfareintelligence.samplecity.generator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Reads the generated GeoJSON and CSV files back, independently of the writer. */
final class GeoJsonFiles {

    record Feature(JsonNode properties, Geometry geometry) {
        String property(String name) {
            JsonNode v = properties.get(name);
            return v == null || v.isNull() ? null : v.asString();
        }
    }

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private GeoJsonFiles() {
    }

    static List<Feature> features(Path file) throws IOException {
        try (InputStream in = open(file)) {
            JsonNode root = new ObjectMapper().readTree(in);
            List<Feature> features = new ArrayList<>();
            for (JsonNode f : root.get("features")) {
                features.add(new Feature(f.get("properties"), geometry(f.get("geometry"))));
            }
            return features;
        }
    }

    /** Rows of a `;`-separated file (gzipped or not), header first. */
    static List<String[]> csv(Path file) throws IOException {
        try (InputStream in = open(file)) {
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                rows.add(line.split(";", -1));
            }
            return rows;
        }
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        return file.toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
    }

    private static Geometry geometry(JsonNode g) {
        JsonNode coordinates = g.get("coordinates");
        return switch (g.get("type").asString()) {
            case "Point" -> FACTORY.createPoint(coordinate(coordinates));
            case "Polygon" -> polygon(coordinates);
            case "MultiPolygon" -> {
                List<Polygon> parts = new ArrayList<>();
                for (JsonNode p : coordinates) {
                    parts.add(polygon(p));
                }
                yield FACTORY.createMultiPolygon(parts.toArray(Polygon[]::new));
            }
            default -> throw new IllegalArgumentException(g.get("type").asString());
        };
    }

    private static Polygon polygon(JsonNode rings) {
        List<LinearRing> all = new ArrayList<>();
        for (JsonNode ring : rings) {
            List<Coordinate> cs = new ArrayList<>();
            for (JsonNode c : ring) {
                cs.add(coordinate(c));
            }
            all.add(FACTORY.createLinearRing(cs.toArray(Coordinate[]::new)));
        }
        return FACTORY.createPolygon(all.get(0), all.subList(1, all.size()).toArray(LinearRing[]::new));
    }

    private static Coordinate coordinate(JsonNode c) {
        return new Coordinate(c.get(0).asDouble(), c.get(1).asDouble());
    }
}
