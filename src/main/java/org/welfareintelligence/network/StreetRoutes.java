package org.welfareintelligence.network;

import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.welfareintelligence.network.core.NetworkCosts;
import org.welfareintelligence.network.core.ShortestPaths;

/** The shortest route along the streets between two points, as a line for the map with its length and time. */
@Service
class StreetRoutes {

    private final JdbcTemplate jdbc;
    private final StreetGraphs graphs;
    private final Snapping snapping;
    private final NetworkProperties properties;

    StreetRoutes(JdbcTemplate jdbc, StreetGraphs graphs, Snapping snapping, NetworkProperties properties) {
        this.jdbc = jdbc;
        this.graphs = graphs;
        this.snapping = snapping;
        this.properties = properties;
    }

    /** A point parsed from "lat,lon". */
    record LatLon(double lat, double lon) {

        static LatLon parse(String field, String text) {
            String[] parts = text == null ? new String[0] : text.split(",");
            try {
                if (parts.length == 2) {
                    double lat = Double.parseDouble(parts[0].trim());
                    double lon = Double.parseDouble(parts[1].trim());
                    if (Math.abs(lat) <= 90 && Math.abs(lon) <= 180) {
                        return new LatLon(lat, lon);
                    }
                }
            } catch (NumberFormatException e) {
                // answered below
            }
            throw new IllegalArgumentException(field + ": \"" + text + "\" is not a point: give lat,lon in degrees, "
                    + "e.g. 45.4642,9.19");
        }
    }

    /** A GeoJSON Feature: the route's line (longitude, latitude) and what it takes. */
    record RouteFeature(String type, Line geometry, Travel properties) {
    }

    record Line(String type, double[][] coordinates) {
    }

    /**
     * @param metres       the whole route: the walks to and from the streets and the streets between
     * @param streetMetres the part along the streets
     * @param minutes      at the configured speeds ({@link NetworkProperties})
     */
    record Travel(double metres, double streetMetres, double minutes, String mode) {
    }

    RouteFeature route(LatLon from, LatLon to) {
        StreetGraphs.Loaded network = graphs.current();
        NetworkCosts.Snap start = snapping.point(from.lon(), from.lat());
        NetworkCosts.Snap end = snapping.point(to.lon(), to.lat());
        ShortestPaths paths = new ShortestPaths(network.graph());
        paths.between(start.node()[0], end.node()[0]);
        double street = paths.distance(end.node()[0]);
        ShortestPaths.Path path = paths.pathTo(end.node()[0]);
        Integer[] edges = new Integer[path.edges().length];
        Boolean[] reversed = new Boolean[edges.length];
        for (int i = 0; i < edges.length; i++) {
            edges[i] = path.edges()[i];
            reversed[i] = path.reversed()[i];
        }
        byte[] line = jdbc.query(con -> {
            var statement = con.prepareStatement("""
                    SELECT ST_AsBinary(ST_MakeLine(
                        ARRAY[ST_SetSRID(ST_MakePoint(?, ?), 4326), (SELECT geom FROM street_node WHERE id = ?)]
                        || ARRAY(SELECT CASE WHEN u.r THEN ST_Reverse(e.geom) ELSE e.geom END
                                 FROM unnest(?::int[], ?::boolean[]) WITH ORDINALITY AS u(id, r, k)
                                 JOIN street_edge e ON e.id = u.id ORDER BY u.k)
                        || ARRAY[(SELECT geom FROM street_node WHERE id = ?), ST_SetSRID(ST_MakePoint(?, ?), 4326)]))""");
            statement.setDouble(1, from.lon());
            statement.setDouble(2, from.lat());
            statement.setInt(3, start.node()[0]);
            statement.setArray(4, con.createArrayOf("integer", edges));
            statement.setArray(5, con.createArrayOf("boolean", reversed));
            statement.setInt(6, end.node()[0]);
            statement.setDouble(7, to.lon());
            statement.setDouble(8, to.lat());
            return statement;
        }, rs -> rs.next() ? rs.getBytes(1) : null);
        double access = start.metres()[0] + end.metres()[0];
        NetworkCosts.Pairs pair = new NetworkCosts.Pairs(new int[] {0}, new int[] {0}, new double[] {street},
                new double[] {access});
        return new RouteFeature("Feature", new Line("LineString", coordinates(line)),
                new Travel(pair.metres(0), street, pair.minutes(0, properties.walkingKmh(), properties.streetKmh()),
                        properties.mode().name().toLowerCase(Locale.ROOT)));
    }

    private static double[][] coordinates(byte[] wkb) {
        try {
            Coordinate[] points = new WKBReader().read(wkb).getCoordinates();
            double[][] out = new double[points.length][];
            for (int i = 0; i < points.length; i++) {
                out[i] = new double[] {points[i].x, points[i].y};
            }
            return out;
        } catch (ParseException e) {
            throw new IllegalStateException("PostGIS returned unreadable WKB", e);
        }
    }
}
