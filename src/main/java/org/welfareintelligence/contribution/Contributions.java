package org.welfareintelligence.contribution;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.welfareintelligence.ingest.ImportKind;
import org.welfareintelligence.ingest.ImportOptions;
import org.welfareintelligence.ingest.ImportReport;
import org.welfareintelligence.ingest.ImportService;
import org.welfareintelligence.security.CurrentUser;
import org.welfareintelligence.web.NotFoundException;

/**
 * The review queue. Submitting only stores the file; approving imports it through the ordinary importers
 * in the same transaction as the status change, so a file that fails to import stays pending.
 */
@Service
class Contributions {

    /** Supply and demand files an organisation may contribute. */
    static final Set<ImportKind> KINDS = Set.of(ImportKind.FACILITIES, ImportKind.FACILITY_SERVICES,
            ImportKind.CENSUS);

    private static final String SELECT = """
            SELECT c.id, o.code AS organisation, c.kind, c.file_name, c.note, c.status, c.submitted_by,
                   c.submitted_at, c.reviewed_by, c.reviewed_at, c.review_note, c.batch_id
            FROM contribution c JOIN organisation o ON o.id = c.organisation_id
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final ImportService imports;
    private final CurrentUser caller;

    Contributions(NamedParameterJdbcTemplate jdbc, ImportService imports, CurrentUser caller) {
        this.jdbc = jdbc;
        this.imports = imports;
        this.caller = caller;
    }

    /** Queues a file of the caller's organisation for review. */
    Contribution submit(String kindText, String fileName, byte[] content, String note) {
        ImportKind kind = ImportKind.parse(kindText);
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("organisations may contribute facilities, facility-services or "
                    + "census files, not " + kindText);
        }
        if (content.length == 0) {
            throw new IllegalArgumentException("the uploaded file " + fileName + " is empty");
        }
        long organisation = caller.organisationId().orElseThrow(() -> new IllegalArgumentException(
                "your account is not a member of an organisation: ask an administrator to assign one"));
        Long id = jdbc.queryForObject("""
                INSERT INTO contribution (organisation_id, kind, file_name, content, note, submitted_by)
                VALUES (:org, :kind, :fileName, :content, :note, :by) RETURNING id""",
                new MapSqlParameterSource("org", organisation).addValue("kind", kind.name())
                        .addValue("fileName", fileName).addValue("content", content)
                        .addValue("note", note == null || note.isBlank() ? null : note.trim())
                        .addValue("by", caller.name()), Long.class);
        return find(id);
    }

    /** Planners see every contribution; an organisation member only its own organisation's. */
    List<Contribution> list(String status) {
        boolean every = caller.actsForEveryOrganisation();
        return jdbc.query(SELECT + """
                WHERE (CAST(:status AS varchar) IS NULL OR c.status = :status)
                  AND (:every OR c.organisation_id = :org)
                ORDER BY c.submitted_at DESC, c.id DESC""",
                new MapSqlParameterSource("status", status == null || status.isBlank() ? null : status)
                        .addValue("every", every).addValue("org", caller.organisationId().orElse(-1L)),
                (rs, row) -> contribution(rs));
    }

    /** Imports a pending contribution as shared data and marks it approved. */
    @Transactional
    ImportReport approve(long id, String reviewNote) {
        Pending pending = pending(id);
        ImportReport report = imports.importFile(ImportKind.valueOf(pending.kind()), pending.fileName(),
                pending.content(), new ImportOptions("contribution " + id + " from " + pending.organisation(), null,
                        null, null, true, false, caller.name(), Map.of()), null, null);
        review(id, "APPROVED", reviewNote, report.batchId());
        return report;
    }

    @Transactional
    Contribution reject(long id, String reviewNote) {
        pending(id);
        review(id, "REJECTED", reviewNote, null);
        return find(id);
    }

    private record Pending(String kind, String fileName, byte[] content, String organisation) {
    }

    private Pending pending(long id) {
        List<Pending> found = jdbc.query("""
                SELECT c.kind, c.file_name, c.content, o.code FROM contribution c
                JOIN organisation o ON o.id = c.organisation_id
                WHERE c.id = :id AND c.status = 'PENDING' FOR UPDATE OF c""",
                new MapSqlParameterSource("id", id),
                (rs, row) -> new Pending(rs.getString(1), rs.getString(2), rs.getBytes(3), rs.getString(4)));
        if (found.isEmpty()) {
            throw new NotFoundException("no pending contribution " + id);
        }
        return found.get(0);
    }

    private void review(long id, String status, String note, Long batchId) {
        jdbc.update("""
                UPDATE contribution SET status = :status, reviewed_by = :by, reviewed_at = now(),
                                        review_note = :note, batch_id = :batch
                WHERE id = :id""",
                new MapSqlParameterSource("id", id).addValue("status", status).addValue("by", caller.name())
                        .addValue("note", note == null || note.isBlank() ? null : note.trim())
                        .addValue("batch", batchId));
    }

    private Contribution find(long id) {
        return jdbc.query(SELECT + " WHERE c.id = :id", new MapSqlParameterSource("id", id),
                (rs, row) -> contribution(rs)).get(0);
    }

    private static Contribution contribution(ResultSet rs) throws SQLException {
        return new Contribution(rs.getLong("id"), rs.getString("organisation"), rs.getString("kind"),
                rs.getString("file_name"), rs.getString("note"), rs.getString("status"), rs.getString("submitted_by"),
                instant(rs.getTimestamp("submitted_at")), rs.getString("reviewed_by"),
                instant(rs.getTimestamp("reviewed_at")), rs.getString("review_note"), rs.getObject("batch_id", Long.class));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
