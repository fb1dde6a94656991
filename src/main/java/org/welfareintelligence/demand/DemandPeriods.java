package org.welfareintelligence.demand;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The periods a target has demand for, and which one a request means: the period named, else the latest period
 * not after the year given, else the latest. A period nobody imported is a 400 that names the known ones, so an
 * analysis never runs on zeros by a typing mistake.
 */
@Service
public class DemandPeriods {

    private static final Pattern LEADING_YEAR = Pattern.compile("^(\\d{4})");

    private final NamedParameterJdbcTemplate jdbc;

    DemandPeriods(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The target's periods with demand, oldest first. Walked period by period down the primary key (target, period,
     * section) instead of {@code SELECT DISTINCT}, which reads every section's row of the target: a few index probes
     * instead of tens of thousands of rows, for analyses that ask it of a hundred targets.
     */
    public List<String> known(long targetId) {
        return jdbc.queryForList("""
                WITH RECURSIVE p(period) AS (
                    (SELECT period FROM demand WHERE target_id = :target ORDER BY period LIMIT 1)
                    UNION ALL
                    SELECT (SELECT d.period FROM demand d WHERE d.target_id = :target AND d.period > p.period
                            ORDER BY d.period LIMIT 1)
                    FROM p WHERE p.period IS NOT NULL)
                SELECT period FROM p WHERE period IS NOT NULL""", Map.of("target", targetId), String.class);
    }

    /** Every period with demand for some target, oldest first. */
    public List<String> all() {
        return jdbc.getJdbcTemplate().queryForList("SELECT DISTINCT period FROM demand ORDER BY period", String.class);
    }

    /** As {@link #resolve}, over the periods of every target. */
    public String resolveAny(String period, Integer year) {
        return pick(all(), period, year);
    }

    /** The period in force for {@code period} or {@code year} (both optional; period wins when both are given). */
    public String resolve(long targetId, String period, Integer year) {
        return pick(known(targetId), period, year);
    }

    private static String pick(List<String> known, String period, Integer year) {
        if (known.isEmpty()) {
            throw new IllegalArgumentException("there is no demand yet: import a census first");
        }
        if (period != null && !period.isBlank()) {
            String asked = period.trim();
            if (!known.contains(asked)) {
                throw unknown(asked, known);
            }
            return asked;
        }
        if (year == null) {
            return known.get(known.size() - 1);
        }
        String inForce = null;
        for (String candidate : known) {
            Integer start = startYear(candidate);
            if (start != null && start <= year) {
                inForce = candidate;
            }
        }
        if (inForce == null) {
            throw new IllegalArgumentException("no period in force in year " + year + ": the known periods are "
                    + String.join(", ", known));
        }
        return inForce;
    }

    private static IllegalArgumentException unknown(String period, List<String> known) {
        return new IllegalArgumentException("unknown period '" + period + "': the known periods are "
                + (known.isEmpty() ? "none (import a census first)" : String.join(", ", known)));
    }

    /** The year a period such as "2011" or "2016-Q4" starts in, or null when it does not begin with one. */
    static Integer startYear(String period) {
        Matcher m = LEADING_YEAR.matcher(period);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }
}
