package org.welfareintelligence.ingest;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.welfareintelligence.estimates.CensusIndicators;
import org.welfareintelligence.estimates.TerritorialEstimates;
import org.welfareintelligence.ingest.format.FeatureSource;
import org.welfareintelligence.ingest.format.InvalidInputException;
import org.welfareintelligence.ingest.format.SourceFeature;

/**
 * Imports an ISTAT-style census table (one row per section) and turns it into demand for every target
 * of the mapping. Creates the sections it names when they do not exist yet (their polygons may come
 * later, or never: ISTAT placeholder sections have none), sets their population and families, and links
 * them to their census area (ACE) when that area exists. The flat-rate targets are then graded by the census
 * deprivation index of the period ({@code estimates}), recomputed over every section of it, in the same transaction.
 */
@Component
class CensusImporter {

    /** ISTAT numbers its placeholder sections, which hold people with no place of residence, from 8888881. */
    private static final long FIRST_PLACEHOLDER_NSEZ = 8_888_881L;

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final TerritorialEstimates estimates;

    CensusImporter(JdbcTemplate jdbc, DataSource dataSource, TerritorialEstimates estimates) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.estimates = estimates;
    }

    Counts run(FeatureSource table, CensusMapping mapping, ImportOptions options, long batchId,
               List<String> warnings) {
        String file = table.fileName();
        String codeField = SourceFields.pick(table, options, "codeField", List.of("SEZ2011"), true);
        String populationField = options.field("populationField", "P1");
        String familiesField = options.field("familiesField", "PF1");
        checkHeader(table, mapping, codeField, populationField);
        Map<String, Long> targetIds = targetIds(mapping);
        Map<String, Long> censusAreas = CodeIds.ofAreas(jdbc, "CENSUS_AREA");
        boolean hasAce = table.fieldNames().contains("ACE");
        boolean hasNsez = table.fieldNames().contains("NSEZ");
        boolean hasFamilies = table.fieldNames().contains(familiesField);
        List<String> missingIndicators = CensusIndicators.COLUMNS.stream()
                .filter(c -> !table.fieldNames().contains(c)).toList();

        List<CensusMapping.Rule> rules = mapping.rules();
        List<String> codes = new ArrayList<>();
        List<double[]> demand = new ArrayList<>();
        List<Object[]> sections = new ArrayList<>();
        List<CensusIndicators.Section> indicators = new ArrayList<>();
        UniqueKeys keys = new UniqueKeys("section", "row");
        java.util.SortedSet<String> unlinkedAce = new java.util.TreeSet<>();
        int unlinkedRows = 0;
        for (SourceFeature row : table.features()) {
            FieldValues values = new FieldValues(file, row, "row");
            String code = values.code(codeField);
            keys.claim(values, codeField, code, row.index());
            Map<String, Double> numbers = new HashMap<>();
            double[] targets = new double[rules.size()];
            for (int t = 0; t < rules.size(); t++) {
                CensusMapping.Rule rule = rules.get(t);
                double value = rule.formula().evaluate(column -> numbers.computeIfAbsent(column,
                        c -> number(values, c)));
                if (value < 0 || Double.isNaN(value)) {
                    throw values.error(String.join("+", rule.formula().columns()), "the formula of target "
                            + rule.targetCode() + " gives " + value + ": counts cannot be negative");
                }
                targets[t] = value;
            }
            long population = Math.round(numbers.computeIfAbsent(populationField, c -> number(values, c)));
            Integer families = hasFamilies
                    ? (int) Math.round(numbers.computeIfAbsent(familiesField, c -> number(values, c))) : null;
            boolean placeholder = hasNsez && isPlaceholder(values);
            Long censusArea = null;
            if (hasAce) {
                String ace = values.optionalCode("ACE");
                censusArea = ace == null ? null : censusAreas.get(ace);
                if (ace != null && censusArea == null) {
                    unlinkedAce.add(ace);
                    unlinkedRows++;
                }
            }
            indicators.add(missingIndicators.isEmpty()
                    ? checked(values, CensusIndicators.of(0, population, c -> numbers.computeIfAbsent(c,
                            column -> number(values, column))))
                    : CensusIndicators.Section.unclassified(0, population));
            codes.add(code);
            demand.add(targets);
            sections.add(new Object[] {code, placeholder, population, families, censusArea, batchId});
        }
        if (unlinkedRows > 0) {
            warnings.add(unlinkedRows + " rows name census areas (ACE " + String.join(", ", unlinkedAce)
                    + ") that are not imported; their sections stay unlinked to a census area");
        }
        jdbc.batchUpdate("""
                INSERT INTO census_section (code, placeholder, population, families, census_area_id, batch_id)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (code) DO UPDATE SET placeholder = excluded.placeholder,
                    population = excluded.population, families = excluded.families,
                    census_area_id = coalesce(excluded.census_area_id, census_section.census_area_id),
                    batch_id = excluded.batch_id""", sections);
        Map<String, Long> sectionIds = CodeIds.of(jdbc, "census_section");
        writeDemand(codes, demand, sectionIds, rules, targetIds, options.period(), batchId);
        if (!missingIndicators.isEmpty()) {
            warnings.add("the deprivation index needs the columns " + String.join(", ", missingIndicators)
                    + ": these sections have no deprivation class, and flat-rate targets keep the flat rate in them");
        }
        List<CensusIndicators.Section> imported = new ArrayList<>(codes.size());
        for (int s = 0; s < codes.size(); s++) {
            CensusIndicators.Section row = indicators.get(s);
            imported.add(new CensusIndicators.Section(sectionIds.get(codes.get(s)), row.residents(), row.numerators(),
                    row.denominators()));
        }
        writeGraded(estimates.recompute(options.period(), batchId, imported), options.period());
        return new Counts(table.features().size(), codes.size(), 0, 0);
    }

    private void checkHeader(FeatureSource table, CensusMapping mapping, String codeField, String populationField) {
        List<String> header = table.fieldNames();
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i);
            if (!column.equals(codeField) && !mapping.knownColumns().contains(column)) {
                throw new InvalidInputException(table.fileName(), "header", column, "unknown column code '" + column
                        + "' (column " + (i + 1) + "): not a variable of the " + mapping.name() + " mapping");
            }
        }
        for (CensusMapping.Rule rule : mapping.rules()) {
            for (String column : rule.formula().columns()) {
                if (!header.contains(column)) {
                    throw new InvalidInputException(table.fileName(), "header", column, "column " + column
                            + ", needed by target " + rule.targetCode() + ", is missing from the file");
                }
            }
        }
        if (!header.contains(populationField)) {
            throw new InvalidInputException(table.fileName(), "header", populationField,
                    "the population column " + populationField + " is missing");
        }
    }

    private Map<String, Long> targetIds(CensusMapping mapping) {
        Map<String, Long> ids = CodeIds.of(jdbc, "target");
        for (int i = 0; i < mapping.rules().size(); i++) {
            String code = mapping.rules().get(i).targetCode();
            if (!ids.containsKey(code)) {
                throw new InvalidInputException(mapping.name(), "row " + (i + 1), "target_code",
                        "unknown target code " + code);
            }
        }
        return ids;
    }

    private void writeDemand(List<String> codes, List<double[]> demand, Map<String, Long> sectionIds,
                             List<CensusMapping.Rule> rules, Map<String, Long> targetIds, String period,
                             long batchId) {
        jdbc.execute("CREATE TEMP TABLE staged_demand (section_id bigint, target_id bigint, value float8, "
                + "source varchar(20)) ON COMMIT DROP");
        StringBuilder copy = new StringBuilder(codes.size() * rules.size() * 24);
        for (int s = 0; s < codes.size(); s++) {
            long sectionId = sectionIds.get(codes.get(s));
            double[] values = demand.get(s);
            for (int t = 0; t < rules.size(); t++) {
                copy.append(sectionId).append(',').append(targetIds.get(rules.get(t).targetCode())).append(',')
                        .append(values[t]).append(',').append(rules.get(t).source()).append('\n');
            }
        }
        copyIn("COPY staged_demand (section_id, target_id, value, source) FROM STDIN (FORMAT csv)", copy.toString());
        jdbc.update("""
                INSERT INTO demand (section_id, target_id, period, value, source, batch_id)
                SELECT section_id, target_id, ?, value, source, ? FROM staged_demand
                ON CONFLICT (target_id, period, section_id) DO UPDATE SET value = excluded.value,
                    source = excluded.source, batch_id = excluded.batch_id""", period, batchId);
        jdbc.batchUpdate("INSERT INTO demand_method (batch_id, target_id, source, formula, method) VALUES (?, ?, ?, ?, ?)",
                rules.stream().map(r -> new Object[] {batchId, targetIds.get(r.targetCode()), r.source(),
                        r.formulaText(), r.method()}).toList());
        jdbc.execute("DROP TABLE staged_demand");
    }

    /** The graded figures of the period's flat-rate targets replace their flat ones, in every section of the period. */
    private void writeGraded(List<TerritorialEstimates.Graded> graded, String period) {
        jdbc.execute("CREATE TEMP TABLE staged_graded (target_id bigint, section_id bigint, value float8) ON COMMIT DROP");
        StringBuilder copy = new StringBuilder();
        for (TerritorialEstimates.Graded target : graded) {
            for (int s = 0; s < target.sectionIds().length; s++) {
                copy.append(target.targetId()).append(',').append(target.sectionIds()[s]).append(',')
                        .append(target.values()[s]).append('\n');
            }
        }
        copyIn("COPY staged_graded (target_id, section_id, value) FROM STDIN (FORMAT csv)", copy.toString());
        jdbc.update("""
                UPDATE demand d SET value = g.value FROM staged_graded g
                WHERE d.target_id = g.target_id AND d.section_id = g.section_id AND d.period = ?
                  AND d.value IS DISTINCT FROM g.value""", period);
        jdbc.execute("DROP TABLE staged_graded");
    }

    /** Indicators of a row whose counts contradict each other (more employed than in the labour force) are refused. */
    private static CensusIndicators.Section checked(FieldValues values, CensusIndicators.Section section) {
        for (int i = 0; i < section.numerators().length; i++) {
            if (section.numerators()[i] < 0 || section.denominators()[i] < 0) {
                String columns = CensusIndicators.columnsOf(i);
                throw values.error(columns, "the deprivation indicator from " + columns + " gives a negative count");
            }
        }
        return section;
    }

    /** COPY through the transaction's own connection, so that it rolls back with the rest of the import. */
    private void copyIn(String sql, String data) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(data));
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException("could not copy demand into the database", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static boolean isPlaceholder(FieldValues values) {
        String nsez = values.optionalCode("NSEZ");
        return nsez != null && nsez.matches("\\d{1,12}") && Long.parseLong(nsez) >= FIRST_PLACEHOLDER_NSEZ;
    }

    private static double number(FieldValues values, String column) {
        Double value = values.optionalDecimal(column);
        return value == null ? 0 : value;
    }
}
