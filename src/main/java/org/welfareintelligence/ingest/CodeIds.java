package org.welfareintelligence.ingest;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Ids of existing rows by their code, so that a file's references are checked before anything is written. */
final class CodeIds {

    private CodeIds() {
    }

    /** Code → id of every row of a table that has {@code code} and {@code id} columns. */
    static Map<String, Long> of(JdbcTemplate jdbc, String table) {
        return query(jdbc, "SELECT code, id FROM " + table);
    }

    /** Code → id of the areas of one level. */
    static Map<String, Long> ofAreas(JdbcTemplate jdbc, String level) {
        return query(jdbc, "SELECT code, id FROM territorial_area WHERE level = ?", level);
    }

    private static Map<String, Long> query(JdbcTemplate jdbc, String sql, Object... args) {
        Map<String, Long> codes = new HashMap<>();
        jdbc.query(sql, rs -> {
            codes.put(rs.getString(1), rs.getLong(2));
        }, args);
        return codes;
    }

    /** The id of the area the row names in {@code field}; null when the field is absent or empty. */
    static Long resolve(FieldValues values, String field, Map<String, Long> codes, String what) {
        if (field == null) {
            return null;
        }
        String code = values.optionalCode(field);
        if (code == null) {
            return null;
        }
        Long id = codes.get(code);
        if (id == null) {
            throw values.error(field, "unknown " + what + " code " + code + ": import the " + what + "s first");
        }
        return id;
    }
}
