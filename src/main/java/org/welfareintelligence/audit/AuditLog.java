package org.welfareintelligence.audit;

import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/** Appends to and reads the audit table; the database itself refuses updates and deletes. */
@Service
public class AuditLog {

    private static final RowMapper<AuditEvent> EVENT = (rs, row) -> new AuditEvent(rs.getLong("id"),
            rs.getTimestamp("at").toInstant(), rs.getString("username"), rs.getString("roles"),
            rs.getString("client_ip"), rs.getString("method"), rs.getString("dataset"), rs.getString("path"),
            rs.getString("parameters"), rs.getInt("status"));

    private final NamedParameterJdbcTemplate jdbc;

    AuditLog(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void append(AuditEvent event) {
        jdbc.update("""
                INSERT INTO audit_event (username, roles, client_ip, method, dataset, path, parameters, status)
                VALUES (:username, :roles, :ip, :method, :dataset, :path, :parameters, :status)""",
                new MapSqlParameterSource("username", truncate(event.username(), 100))
                        .addValue("roles", truncate(event.roles(), 200)).addValue("ip", truncate(event.clientIp(), 64))
                        .addValue("method", event.method()).addValue("dataset", event.dataset())
                        .addValue("path", truncate(event.path(), 500))
                        .addValue("parameters", truncate(event.parameters(), 2000)).addValue("status", event.status()));
    }

    /** The newest events first, optionally of one user and one dataset. */
    public List<AuditEvent> recent(String username, String dataset, int limit) {
        return jdbc.query("""
                SELECT * FROM audit_event
                WHERE (CAST(:username AS varchar) IS NULL OR username = :username)
                  AND (CAST(:dataset AS varchar) IS NULL OR dataset = :dataset)
                ORDER BY id DESC LIMIT :limit""",
                new MapSqlParameterSource("username", blankToNull(username))
                        .addValue("dataset", blankToNull(dataset)).addValue("limit", limit), EVENT);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
