package org.welfareintelligence.database;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The version of the shared data: bumped by the database itself (Flyway V90) in every transaction that writes
 * areas, sections, demand, organisations, facilities or their services. Layers use it as their ETag; read it
 * before the data, so that a response can never pair new data with an old version.
 */
@Component
public class DataVersion {

    private final JdbcTemplate jdbc;

    DataVersion(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long current() {
        return jdbc.queryForObject("SELECT version FROM data_version", Long.class);
    }

    /**
     * An ETag for a response built from the current data. Readers whose counts are disclosure-controlled get
     * another tag than readers of exact figures, so that no cache ever hands one's answer to the other.
     */
    public String etag(boolean controlledFigures) {
        return etag(controlledFigures, null);
    }

    /** As {@link #etag(boolean)}, for a response that also varies by {@code variant} (its language). */
    public String etag(boolean controlledFigures, String variant) {
        return "\"data-" + current() + (controlledFigures ? "-controlled" : "") + (variant == null ? "" : "-" + variant)
                + "\"";
    }
}
