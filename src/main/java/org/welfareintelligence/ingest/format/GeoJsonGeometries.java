package org.welfareintelligence.ingest.format;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

import tools.jackson.databind.JsonNode;

/** Builds 2D JTS geometries from GeoJSON geometry objects, reporting bad coordinates by feature. */
final class GeoJsonGeometries {

    private final GeometryFactory factory;
    private final String fileName;

    GeoJsonGeometries(GeometryFactory factory, String fileName) {
        this.factory = factory;
        this.fileName = fileName;
    }

    /** @param node a geometry object, or null / JSON null for a feature without geometry */
    Geometry parse(JsonNode node, int featureIndex) {
        if (node == null || node.isNull()) {
            return null;
        }
        return geometry(node, featureIndex);
    }

    private Geometry geometry(JsonNode node, int feature) {
        if (!node.isObject()) {
            throw error(feature, "geometry must be a JSON object, found " + node);
        }
        JsonNode type = node.get("type");
        if (type == null || !type.isString()) {
            throw error(feature, "geometry has no type");
        }
        if (type.stringValue().equals("GeometryCollection")) {
            JsonNode members = arrayMember(node, "geometries", feature);
            List<Geometry> geometries = new ArrayList<>();
            for (JsonNode member : members) {
                geometries.add(geometry(member, feature));
            }
            return factory.createGeometryCollection(geometries.toArray(Geometry[]::new));
        }
        JsonNode coordinates = arrayMember(node, "coordinates", feature);
        return switch (type.stringValue()) {
            case "Point" -> factory.createPoint(position(coordinates, feature));
            case "MultiPoint" -> factory.createMultiPoint(points(coordinates, feature));
            case "LineString" -> lineString(coordinates, feature);
            case "MultiLineString" -> factory.createMultiLineString(lineStrings(coordinates, feature));
            case "Polygon" -> polygon(coordinates, feature, "");
            case "MultiPolygon" -> factory.createMultiPolygon(polygons(coordinates, feature));
            default -> throw error(feature, "unknown geometry type \"" + type.stringValue() + "\"");
        };
    }

    private JsonNode arrayMember(JsonNode node, String name, int feature) {
        JsonNode member = node.get(name);
        if (member == null || !member.isArray()) {
            throw error(feature, "geometry " + node.get("type").stringValue() + " has no \"" + name + "\" array");
        }
        return member;
    }

    private Point[] points(JsonNode array, int feature) {
        Point[] points = new Point[array.size()];
        for (int i = 0; i < points.length; i++) {
            points[i] = factory.createPoint(position(array.get(i), feature));
        }
        return points;
    }

    private LineString lineString(JsonNode array, int feature) {
        Coordinate[] coordinates = positions(array, feature);
        if (coordinates.length == 1) {
            throw error(feature, "a line needs at least 2 positions, found 1");
        }
        return factory.createLineString(coordinates);
    }

    private LineString[] lineStrings(JsonNode array, int feature) {
        LineString[] lines = new LineString[array.size()];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = lineString(requireArray(array.get(i), feature), feature);
        }
        return lines;
    }

    private Polygon[] polygons(JsonNode array, int feature) {
        Polygon[] polygons = new Polygon[array.size()];
        for (int i = 0; i < polygons.length; i++) {
            polygons[i] = polygon(requireArray(array.get(i), feature), feature, "polygon " + (i + 1) + ", ");
        }
        return polygons;
    }

    private Polygon polygon(JsonNode rings, int feature, String prefix) {
        if (rings.isEmpty()) {
            return factory.createPolygon();
        }
        LinearRing[] linearRings = new LinearRing[rings.size()];
        for (int i = 0; i < linearRings.length; i++) {
            linearRings[i] = ring(requireArray(rings.get(i), feature), feature, prefix + "ring " + (i + 1));
        }
        LinearRing[] holes = new LinearRing[linearRings.length - 1];
        System.arraycopy(linearRings, 1, holes, 0, holes.length);
        return factory.createPolygon(linearRings[0], holes);
    }

    private LinearRing ring(JsonNode array, int feature, String name) {
        Coordinate[] coordinates = positions(array, feature);
        if (coordinates.length < 4) {
            throw error(feature, name + " has " + coordinates.length + " positions: a polygon ring needs at least 4");
        }
        if (!coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
            throw error(feature, name + " not closed: its last position must repeat the first");
        }
        return factory.createLinearRing(coordinates);
    }

    private Coordinate[] positions(JsonNode array, int feature) {
        Coordinate[] coordinates = new Coordinate[array.size()];
        for (int i = 0; i < coordinates.length; i++) {
            coordinates[i] = position(array.get(i), feature);
        }
        return coordinates;
    }

    /** A position is [x, y] or [x, y, z]; z and anything after it are ignored (2D storage). */
    private Coordinate position(JsonNode node, int feature) {
        if (!node.isArray() || node.size() < 2) {
            throw error(feature, "a position must be [x, y], found " + node);
        }
        return new Coordinate(ordinate(node.get(0), feature), ordinate(node.get(1), feature));
    }

    private double ordinate(JsonNode node, int feature) {
        if (!node.isNumber()) {
            throw error(feature, "coordinate " + node + " is not a number");
        }
        return node.doubleValue();
    }

    private JsonNode requireArray(JsonNode node, int feature) {
        if (!node.isArray()) {
            throw error(feature, "expected an array of coordinates, found " + node);
        }
        return node;
    }

    private InvalidInputException error(int feature, String detail) {
        return new InvalidInputException(fileName, "feature " + feature, "geometry", detail);
    }
}
