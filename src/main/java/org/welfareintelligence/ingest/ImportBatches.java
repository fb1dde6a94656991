package org.welfareintelligence.ingest;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Provenance records: one row per import, written inside the import's own transaction. */
@Component
class ImportBatches {

    private final NamedParameterJdbcTemplate jdbc;

    ImportBatches(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long open(ImportKind kind, String fileName, ImportOptions options) {
        return jdbc.queryForObject("""
                INSERT INTO import_batch (kind, source, licence, period, synthetic, loaded_by)
                VALUES (:kind, :source, :licence, :period, :synthetic, :loadedBy) RETURNING id""",
                new MapSqlParameterSource()
                        .addValue("kind", kind.name())
                        .addValue("source", truncate(options.sourceOr(fileName), 500))
                        .addValue("licence", truncate(options.licence(), 200))
                        .addValue("period", options.period())
                        .addValue("synthetic", options.synthetic())
                        .addValue("loadedBy", truncate(options.loadedBy() == null ? "system" : options.loadedBy(), 100)),
                Long.class);
    }

    ImportReport close(long batchId, ImportKind kind, String fileName, int read, int written, int skipped,
                       int repaired, List<String> warnings) {
        jdbc.update("""
                UPDATE import_batch SET rows_read = :read, rows_written = :written, rows_skipped = :skipped,
                       geometries_repaired = :repaired, warnings = :warnings WHERE id = :id""",
                new MapSqlParameterSource()
                        .addValue("id", batchId).addValue("read", read).addValue("written", written)
                        .addValue("skipped", skipped).addValue("repaired", repaired)
                        .addValue("warnings", warnings.isEmpty() ? null : String.join("\n", warnings)));
        return new ImportReport(batchId, kind, fileName, read, written, skipped, repaired, List.copyOf(warnings));
    }

    List<Map<String, Object>> recent(int limit) {
        return jdbc.queryForList("SELECT * FROM import_batch ORDER BY id DESC LIMIT :limit",
                Map.of("limit", limit));
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
