package org.welfareintelligence.network;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.welfareintelligence.geo.CityProperties;
import org.welfareintelligence.network.core.NetworkCosts;

/**
 * Snaps places to their nearest street node by PostGIS KNN ({@code <->} on the nodes' metric points): census
 * sections by their centroid, facilities by their position, and any point given as latitude and longitude.
 */
@Component
class Snapping {

    private static final String NEAREST = """
            CROSS JOIN LATERAL (SELECT n.id, n.pt FROM street_node n ORDER BY n.pt <-> p.pt LIMIT 1) nearest""";

    private final JdbcTemplate jdbc;
    private final CityProperties city;

    Snapping(JdbcTemplate jdbc, CityProperties city) {
        this.jdbc = jdbc;
        this.city = city;
    }

    /** Places by database id, in the order of {@code snap}. */
    record Snapped(long[] ids, NetworkCosts.Snap snap) {
    }

    Snapped sections() {
        return snap("SELECT id, ST_Transform(centroid, %d) pt FROM census_section WHERE centroid IS NOT NULL");
    }

    Snapped facilities() {
        return snap("SELECT id, ST_Transform(geom, %d) pt FROM facility");
    }

    /** Nearest node of a longitude/latitude point: the node and the metres to it. */
    NetworkCosts.Snap point(double lon, double lat) {
        return jdbc.queryForObject("SELECT nearest.id, ST_Distance(nearest.pt, p.pt) FROM (SELECT ST_Transform("
                        + "ST_SetSRID(ST_MakePoint(?, ?), 4326), " + city.metricSrid() + ") pt) p " + NEAREST,
                (rs, i) -> new NetworkCosts.Snap(new int[] {rs.getInt(1)}, new double[] {rs.getDouble(2)}), lon, lat);
    }

    private Snapped snap(String places) {
        List<long[]> ids = new ArrayList<>();
        List<Double> metres = new ArrayList<>();
        jdbc.query("SELECT p.id, nearest.id, ST_Distance(nearest.pt, p.pt) FROM ("
                + places.formatted(city.metricSrid()) + ") p " + NEAREST + " ORDER BY p.id", rs -> {
            ids.add(new long[] {rs.getLong(1), rs.getInt(2)});
            metres.add(rs.getDouble(3));
        });
        long[] placeIds = new long[ids.size()];
        int[] nodes = new int[ids.size()];
        double[] distances = new double[ids.size()];
        for (int i = 0; i < placeIds.length; i++) {
            placeIds[i] = ids.get(i)[0];
            nodes[i] = (int) ids.get(i)[1];
            distances[i] = metres.get(i);
        }
        return new Snapped(placeIds, new NetworkCosts.Snap(nodes, distances));
    }
}
