package org.welfareintelligence.estimates;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/** The relative risks by deprivation class (1..5) of every graded target (reference data, Flyway V31). */
record Gradients(Map<Long, double[]> byTarget) {

    static Gradients load(JdbcTemplate jdbc) {
        Map<Long, double[]> byTarget = new LinkedHashMap<>();
        jdbc.query("""
                SELECT t.target_id, g.rr_q1, g.rr_q2, g.rr_q3, g.rr_q4, g.rr_q5
                FROM target_deprivation_gradient t JOIN deprivation_gradient g ON g.code = t.gradient_code
                ORDER BY t.target_id""", rs -> {
            byTarget.put(rs.getLong(1), new double[] {rs.getDouble(2), rs.getDouble(3), rs.getDouble(4),
                    rs.getDouble(5), rs.getDouble(6)});
        });
        return new Gradients(byTarget);
    }

    Set<Long> targetIds() {
        return byTarget.keySet();
    }

    double[] of(long targetId) {
        return byTarget.get(targetId);
    }
}
