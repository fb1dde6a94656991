package org.welfareintelligence.estimates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** A graded target's flat-rate figure (rate × base) in every section of a period, with each section's class. */
record Flat(long[] sectionIds, double[] values, int[] classes) {

    /** @param classes each section's deprivation class; a section absent has none (0) */
    static Flat load(JdbcTemplate jdbc, long targetId, String period, Map<Long, Integer> classes) {
        List<Long> ids = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        jdbc.query("SELECT section_id, flat FROM demand_estimate WHERE target_id = ? AND period = ? ORDER BY section_id",
                rs -> {
                    ids.add(rs.getLong(1));
                    values.add(rs.getDouble(2));
                }, targetId, period);
        int n = ids.size();
        Flat flat = new Flat(new long[n], new double[n], new int[n]);
        for (int s = 0; s < n; s++) {
            flat.sectionIds[s] = ids.get(s);
            flat.values[s] = values.get(s);
            flat.classes[s] = classes.getOrDefault(flat.sectionIds[s], 0);
        }
        return flat;
    }

    /** The classes of a period's sections, as the import last computed them. */
    static Map<Long, Integer> classes(JdbcTemplate jdbc, String period) {
        Map<Long, Integer> classes = new HashMap<>();
        jdbc.query("SELECT section_id, quintile FROM section_deprivation WHERE period = ?", rs -> {
            classes.put(rs.getLong(1), rs.getInt(2));
        }, period);
        return classes;
    }
}
