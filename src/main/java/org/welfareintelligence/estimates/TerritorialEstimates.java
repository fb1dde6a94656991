package org.welfareintelligence.estimates;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.welfareintelligence.estimates.core.DeprivationIndex;
import org.welfareintelligence.estimates.core.GradedEstimate;

/**
 * Recomputes a period's deprivation index and graded estimates inside the census import's transaction: the imported
 * sections' indicators and flat-rate figures replace their old ones, then the index and the grading are computed
 * again over every section of the period (a class is relative to the whole city, so one changed section can move
 * others). The importer writes the graded figures as the demand.
 */
@Service
public class TerritorialEstimates {

    /** A graded target's figure in every section of the period, to be written as its demand. */
    public record Graded(long targetId, long[] sectionIds, double[] values) {
    }

    private static final int INDICATORS = DeprivationIndex.Indicator.values().length;

    private final JdbcTemplate jdbc;

    TerritorialEstimates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param imported the sections of the census just imported with their indicators
     * @param batchId  the import batch, whose demand rows hold the flat-rate figures of the imported sections
     */
    public List<Graded> recompute(String period, long batchId, List<CensusIndicators.Section> imported) {
        storeIndicators(period, imported);
        Map<Long, Integer> classes = classify(period);
        Long[] sections = imported.stream().map(CensusIndicators.Section::sectionId).toArray(Long[]::new);
        // the batch's demand_method says per target whether the mapping estimated it: a census or register count of a
        // graded target is kept as it is. (Read by the demand key, never by batch: demand has no index on batch_id.)
        updateWithSections("""
                DELETE FROM demand_estimate e USING demand_method m
                WHERE m.batch_id = ? AND m.source <> 'ESTIMATED' AND e.target_id = m.target_id AND e.period = ?
                  AND e.section_id = ANY (?)""", batchId, period, sections);
        updateWithSections("""
                INSERT INTO demand_estimate (target_id, period, section_id, flat)
                SELECT d.target_id, d.period, d.section_id, d.value
                FROM demand_method m JOIN target_deprivation_gradient g ON g.target_id = m.target_id
                JOIN demand d ON d.target_id = m.target_id AND d.period = ? AND d.section_id = ANY (?)
                WHERE m.batch_id = ? AND m.source = 'ESTIMATED'
                ON CONFLICT (target_id, period, section_id) DO UPDATE SET flat = excluded.flat""",
                period, sections, batchId);
        List<Graded> graded = new ArrayList<>();
        Gradients gradients = Gradients.load(jdbc);
        for (long targetId : gradients.targetIds()) {
            Flat flat = Flat.load(jdbc, targetId, period, classes);
            graded.add(new Graded(targetId, flat.sectionIds(),
                    GradedEstimate.grade(flat.values(), flat.classes(), gradients.of(targetId), 1)));
        }
        return graded;
    }

    /** An update whose parameters include the imported sections' ids, bound as one SQL array. */
    private void updateWithSections(String sql, Object... parameters) {
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql);
            for (int i = 0; i < parameters.length; i++) {
                Object value = parameters[i] instanceof Long[] ids ? connection.createArrayOf("bigint", ids)
                        : parameters[i];
                statement.setObject(i + 1, value);
            }
            return statement;
        });
    }

    private void storeIndicators(String period, List<CensusIndicators.Section> sections) {
        List<Object[]> rows = new ArrayList<>(sections.size());
        for (CensusIndicators.Section s : sections) {
            Object[] row = new Object[3 + 2 * INDICATORS];
            row[0] = period;
            row[1] = s.sectionId();
            row[2] = s.residents();
            for (int i = 0; i < INDICATORS; i++) {
                row[3 + 2 * i] = s.numerators() == null ? null : s.numerators()[i];
                row[4 + 2 * i] = s.denominators() == null ? null : s.denominators()[i];
            }
            rows.add(row);
        }
        jdbc.batchUpdate("""
                INSERT INTO section_deprivation (period, section_id, residents, low_education, aged_6_plus, unemployed,
                    labour_force, renting, families_housed, separated, ever_married, occupants, surface_m2)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (period, section_id) DO UPDATE SET residents = excluded.residents,
                    low_education = excluded.low_education, aged_6_plus = excluded.aged_6_plus,
                    unemployed = excluded.unemployed, labour_force = excluded.labour_force, renting = excluded.renting,
                    families_housed = excluded.families_housed, separated = excluded.separated,
                    ever_married = excluded.ever_married, occupants = excluded.occupants,
                    surface_m2 = excluded.surface_m2""", rows);
    }

    /** Computes the index over the period's sections with indicators, stores it, and answers each section's class. */
    private Map<Long, Integer> classify(String period) {
        List<Long> ids = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        jdbc.query("""
                SELECT section_id, residents, low_education, aged_6_plus, unemployed, labour_force, renting,
                       families_housed, separated, ever_married, occupants, surface_m2
                FROM section_deprivation WHERE period = ? AND low_education IS NOT NULL ORDER BY section_id""", rs -> {
            ids.add(rs.getLong(1));
            double[] row = new double[1 + 2 * INDICATORS];
            for (int c = 0; c < row.length; c++) {
                row[c] = rs.getDouble(2 + c);
            }
            rows.add(row);
        }, period);
        int n = ids.size();
        double[] residents = new double[n];
        double[][] numerators = new double[INDICATORS][n];
        double[][] denominators = new double[INDICATORS][n];
        for (int s = 0; s < n; s++) {
            double[] row = rows.get(s);
            residents[s] = row[0];
            for (int i = 0; i < INDICATORS; i++) {
                numerators[i][s] = row[1 + 2 * i];
                denominators[i][s] = row[2 + 2 * i];
            }
        }
        DeprivationIndex.Result index = DeprivationIndex.compute(numerators, denominators, residents);
        Map<Long, Integer> classes = new HashMap<>();
        List<Object[]> updates = new ArrayList<>(n);
        for (int s = 0; s < n; s++) {
            classes.put(ids.get(s), index.quintile()[s]);
            updates.add(new Object[] {Double.isNaN(index.score()[s]) ? null : index.score()[s], index.quintile()[s],
                    period, ids.get(s)});
        }
        jdbc.batchUpdate("UPDATE section_deprivation SET score = ?, quintile = ? WHERE period = ? AND section_id = ?",
                updates);
        return classes;
    }
}
