package org.welfareintelligence.support;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** The occupancy rows of some facility services, taken before a test changes them and put back after it. */
public final class OccupancySnapshot {

    private final JdbcTemplate jdbc;
    private final List<Object> ids;
    private final List<Map<String, Object>> rows;

    private OccupancySnapshot(JdbcTemplate jdbc, List<Object> ids) {
        this.jdbc = jdbc;
        this.ids = ids;
        this.rows = jdbc.queryForList("SELECT * FROM facility_occupancy WHERE facility_service_id IN ("
                + placeholders() + ") ORDER BY facility_service_id", ids.toArray());
    }

    public static OccupancySnapshot of(JdbcTemplate jdbc, List<Object> facilityServiceIds) {
        return new OccupancySnapshot(jdbc, List.copyOf(facilityServiceIds));
    }

    /** The rows as they were taken. */
    public List<Map<String, Object>> rows() {
        return rows;
    }

    /** The rows as they are now, in the same order. */
    public List<Map<String, Object>> current() {
        return new OccupancySnapshot(jdbc, ids).rows;
    }

    /** Removes the services' current rows. */
    public void clear() {
        jdbc.update("DELETE FROM facility_occupancy WHERE facility_service_id IN (" + placeholders() + ")",
                ids.toArray());
    }

    /** Puts the rows back exactly as they were taken. */
    public void restore() {
        clear();
        for (Map<String, Object> row : rows) {
            jdbc.update("""
                    INSERT INTO facility_occupancy (facility_service_id, in_use, waiting, as_of, updated_by, batch_id)
                    VALUES (?, ?, ?, ?, ?, ?)""", row.get("facility_service_id"), row.get("in_use"), row.get("waiting"),
                    row.get("as_of"), row.get("updated_by"), row.get("batch_id"));
        }
    }

    private String placeholders() {
        return String.join(", ", Collections.nCopies(ids.size(), "?"));
    }
}
