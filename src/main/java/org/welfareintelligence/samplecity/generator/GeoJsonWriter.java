package org.welfareintelligence.samplecity.generator;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Map;

import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/** A minimal RFC 7946 writer: one feature per line, 6-decimal coordinates, properties in the given order. */
final class GeoJsonWriter implements AutoCloseable {

    private final Writer out;
    private boolean first = true;

    GeoJsonWriter(Writer out) throws IOException {
        this.out = out;
        out.write("{\"type\":\"FeatureCollection\",\"features\":[\n");
    }

    /** {@code properties} must iterate in a fixed order (e.g. a LinkedHashMap). */
    void feature(Map<String, Object> properties, Geometry geometry) throws IOException {
        StringBuilder sb = new StringBuilder(256);
        sb.append(first ? "" : ",\n").append("{\"type\":\"Feature\",\"properties\":{");
        boolean firstProperty = true;
        for (Map.Entry<String, Object> e : properties.entrySet()) {
            sb.append(firstProperty ? "" : ",");
            firstProperty = false;
            string(sb, e.getKey());
            sb.append(':');
            Object v = e.getValue();
            if (v == null || v instanceof Boolean || v instanceof Number) {
                sb.append(v);
            } else {
                string(sb, v.toString());
            }
        }
        sb.append("},\"geometry\":");
        geometry(sb, geometry);
        sb.append('}');
        out.write(sb.toString());
        first = false;
    }

    @Override
    public void close() throws IOException {
        out.write("\n]}\n");
        out.close();
    }

    private static void geometry(StringBuilder sb, Geometry g) {
        if (g instanceof Point p) {
            sb.append("{\"type\":\"Point\",\"coordinates\":");
            coordinate(sb, p.getCoordinate());
        } else if (g instanceof Polygon p) {
            sb.append("{\"type\":\"Polygon\",\"coordinates\":");
            polygon(sb, p);
        } else if (g.getGeometryType().equals(Geometry.TYPENAME_MULTIPOLYGON)) {
            sb.append("{\"type\":\"MultiPolygon\",\"coordinates\":[");
            for (int i = 0; i < g.getNumGeometries(); i++) {
                sb.append(i == 0 ? "" : ",");
                polygon(sb, (Polygon) g.getGeometryN(i));
            }
            sb.append(']');
        } else {
            throw new IllegalArgumentException("unsupported geometry " + g.getGeometryType());
        }
        sb.append('}');
    }

    /** Exterior rings counter-clockwise, holes clockwise, as RFC 7946 asks. */
    private static void polygon(StringBuilder sb, Polygon p) {
        sb.append('[');
        ring(sb, p.getExteriorRing(), true);
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            sb.append(',');
            ring(sb, p.getInteriorRingN(i), false);
        }
        sb.append(']');
    }

    private static void ring(StringBuilder sb, LineString ring, boolean counterClockwise) {
        Coordinate[] cs = ring.getCoordinates();
        boolean reverse = Orientation.isCCW(cs) != counterClockwise;
        sb.append('[');
        for (int i = 0; i < cs.length; i++) {
            sb.append(i == 0 ? "" : ",");
            coordinate(sb, cs[reverse ? cs.length - 1 - i : i]);
        }
        sb.append(']');
    }

    private static void coordinate(StringBuilder sb, Coordinate c) {
        sb.append('[').append(decimal6(c.x)).append(',').append(decimal6(c.y)).append(']');
    }

    static String decimal6(double v) {
        return BigDecimal.valueOf(Math.round(v * 1e6), 6).toPlainString();
    }

    private static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (ch < 0x20) {
                        sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) ch));
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        sb.append('"');
    }
}
