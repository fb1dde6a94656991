package org.welfareintelligence.network;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.welfareintelligence.network.core.NetworkCosts;

/**
 * Writes travel along streets as the imported travel costs (travel_cost, METRES and MINUTES) from every census
 * section to every facility within the cutoff, so that analytics and siting with costs=imported use them.
 * A run replaces every section → facility cost (of a previous run or an uploaded table); the minutes are written
 * first so that metres, the unit of the analytics' default cutoff, are the newest imported costs.
 */
@Service
public class StreetCosts {

    /** import_batch.kind of the travel costs computed here. */
    static final String KIND = "STREET_TRAVEL_COSTS";

    private static final Logger log = LoggerFactory.getLogger(StreetCosts.class);

    private final JdbcTemplate jdbc;
    private final StreetGraphs graphs;
    private final Snapping snapping;
    private final NetworkProperties properties;

    StreetCosts(JdbcTemplate jdbc, StreetGraphs graphs, Snapping snapping, NetworkProperties properties) {
        this.jdbc = jdbc;
        this.graphs = graphs;
        this.snapping = snapping;
        this.properties = properties;
    }

    /**
     * What a run wrote.
     *
     * @param computeSeconds snapping and travel along the streets; {@code seconds} adds the writing
     */
    public record Report(long networkBatchId, int sections, int facilities, int pairs, double cutoffMetres,
                         String mode, double computeSeconds, double seconds) {
    }

    /**
     * The imported network and the travel costs computed on it, for the map's note.
     *
     * @param pairs section × facility pairs with travel along the streets (0 before the first run)
     */
    public record Status(boolean loaded, int nodes, int edges, double kilometres, double droppedKilometres,
                         long pairs, double cutoffMetres, String mode) {
    }

    public Status status() {
        List<Status> networks = jdbc.query("""
                SELECT nodes, edges, kilometres, dropped_kilometres,
                       coalesce((SELECT b.rows_written FROM import_batch b WHERE b.kind = ?
                                   AND EXISTS (SELECT 1 FROM travel_cost t WHERE t.batch_id = b.id)
                                 ORDER BY b.id DESC LIMIT 1), 0) AS pairs
                FROM street_network""", (rs, i) -> new Status(true, rs.getInt(1), rs.getInt(2), rs.getDouble(3),
                rs.getDouble(4), rs.getLong(5), properties.cutoffMetres(), mode()), KIND);
        return networks.isEmpty() ? new Status(false, 0, 0, 0, 0, 0, properties.cutoffMetres(), mode())
                : networks.get(0);
    }

    private String mode() {
        return properties.mode().name().toLowerCase(Locale.ROOT);
    }

    @Transactional
    public Report recompute(String loadedBy) {
        // one run at a time (start-up's and a planner's): the second waits and then replaces the first's rows
        jdbc.execute("SELECT pg_advisory_xact_lock(hashtext('street travel costs'))");
        long start = System.nanoTime();
        StreetGraphs.Loaded network = graphs.current();
        Snapping.Snapped sections = snapping.sections();
        Snapping.Snapped facilities = snapping.facilities();
        NetworkCosts.Pairs pairs = NetworkCosts.within(network.graph(), sections.snap(), facilities.snap(),
                properties.cutoffMetres(), properties.threads());
        double computed = (System.nanoTime() - start) / 1e9;
        // one source of section → facility costs at a time: a mix of street walks and another table's pairs
        // would compare unlike costs
        jdbc.update("DELETE FROM travel_cost WHERE destination_facility_id IS NOT NULL");
        for (String unit : List.of("MINUTES", "METRES")) {
            long batch = jdbc.queryForObject("""
                    INSERT INTO import_batch (kind, source, synthetic, loaded_by, rows_read, rows_written, warnings)
                    VALUES (?, ?, false, ?, ?, ?, ?) RETURNING id""", Long.class, KIND,
                    "travel along streets of network batch " + network.batchId(), loadedBy, pairs.size(), pairs.size(),
                    "%s within %.0f m along the streets, %s".formatted(unit.toLowerCase(Locale.ROOT),
                            properties.cutoffMetres(), mode()));
            copy(pairs, sections.ids(), facilities.ids(), unit, batch);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        log.info("Travel along streets: {} section × facility pairs within {} m, snapped and computed in {} s, "
                        + "written in {} s", pairs.size(), properties.cutoffMetres(), "%.1f".formatted(computed),
                "%.1f".formatted(seconds - computed));
        return new Report(network.batchId(), sections.ids().length, facilities.ids().length, pairs.size(),
                properties.cutoffMetres(), mode(), computed, seconds);
    }

    private void copy(NetworkCosts.Pairs pairs, long[] sectionIds, long[] facilityIds, String unit, long batch) {
        boolean metres = unit.equals("METRES");
        StringBuilder rows = new StringBuilder(pairs.size() * 40);
        for (int i = 0; i < pairs.size(); i++) {
            double cost = metres ? pairs.metres(i)
                    : pairs.minutes(i, properties.walkingKmh(), properties.streetKmh());
            rows.append(sectionIds[pairs.origin()[i]]).append('\t').append(facilityIds[pairs.destination()[i]])
                    .append('\t').append(unit).append('\t').append(cost).append('\t').append(batch).append('\n');
        }
        jdbc.execute((ConnectionCallback<Long>) con -> {
            try {
                return con.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY travel_cost (origin_section_id, "
                        + "destination_facility_id, unit, cost, batch_id) FROM STDIN", new StringReader(rows.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
