package org.welfareintelligence.ingest;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Lookup of existing area ids by code, and the checked resolution of a row's area reference. */
final class AreaCodes {

    private AreaCodes() {
    }

    static Map<String, Long> of(JdbcTemplate jdbc, String level) {
        Map<String, Long> codes = new HashMap<>();
        jdbc.query("SELECT code, id FROM territorial_area WHERE level = ?",
                rs -> {
                    codes.put(rs.getString(1), rs.getLong(2));
                }, level);
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
