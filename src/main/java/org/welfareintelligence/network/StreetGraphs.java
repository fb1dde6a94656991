package org.welfareintelligence.network;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.welfareintelligence.network.core.StreetGraph;

/**
 * The stored street network as an in-memory {@link StreetGraph}, read from PostGIS once per imported network
 * and kept until the next import.
 */
@Component
class StreetGraphs {

    private final JdbcTemplate jdbc;
    private volatile Loaded loaded;

    StreetGraphs(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The graph of one imported network, with its batch. */
    record Loaded(long batchId, StreetGraph graph) {
    }

    /** @throws IllegalArgumentException when no street network is imported */
    Loaded current() {
        List<Long> batch = jdbc.queryForList("SELECT batch_id FROM street_network", Long.class);
        if (batch.isEmpty()) {
            throw new IllegalArgumentException("no street network is imported: upload one to "
                    + "/api/imports/street-network");
        }
        Loaded now = loaded;
        if (now != null && now.batchId() == batch.get(0)) {
            return now;
        }
        now = new Loaded(batch.get(0), read());
        loaded = now;
        return now;
    }

    private StreetGraph read() {
        int nodes = jdbc.queryForObject("SELECT count(*) FROM street_node", Integer.class);
        int edges = jdbc.queryForObject("SELECT count(*) FROM street_edge", Integer.class);
        double[] x = new double[nodes];
        double[] y = new double[nodes];
        jdbc.query("SELECT id, ST_X(pt), ST_Y(pt) FROM street_node", rs -> {
            int id = rs.getInt(1);
            x[id] = rs.getDouble(2);
            y[id] = rs.getDouble(3);
        });
        int[] source = new int[edges];
        int[] target = new int[edges];
        double[] metres = new double[edges];
        jdbc.query("SELECT id, source, target, metres FROM street_edge", rs -> {
            int id = rs.getInt(1);
            source[id] = rs.getInt(2);
            target[id] = rs.getInt(3);
            metres[id] = rs.getDouble(4);
        });
        return StreetGraph.of(x, y, source, target, metres);
    }
}
