package org.welfareintelligence.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.welfareintelligence.ingest.format.DelimitedTableReader;
import org.welfareintelligence.ingest.format.FeatureSource;
import org.welfareintelligence.ingest.format.InvalidInputException;
import org.welfareintelligence.ingest.format.SourceFeature;
import org.welfareintelligence.ingest.format.TargetFormula;

/**
 * The declarative mapping from census columns to targets: one row per target with a formula over
 * column codes (e.g. {@code 0.20*P29}), whether the result is a census count or an estimate, and the
 * method in words. Built-in mappings live in {@code classpath:ingest/<name>-targets.csv}.
 */
record CensusMapping(String name, List<Rule> rules, Set<String> knownColumns) {

    /** How one target is obtained. */
    record Rule(String targetCode, String formulaText, TargetFormula formula, String source, String method) {
    }

    static CensusMapping builtIn(String name) {
        if (!name.matches("[a-z0-9_-]{1,40}")) {
            throw new InvalidInputException(name, "request", "mapping", "unknown mapping " + name);
        }
        ClassPathResource resource = new ClassPathResource("ingest/" + name + "-targets.csv");
        if (!resource.exists()) {
            throw new InvalidInputException(name, "request", "mapping",
                    "unknown mapping '" + name + "': the built-in mapping is istat2011");
        }
        try (InputStream in = resource.getInputStream()) {
            return parse(name + "-targets.csv", in.readAllBytes(), knownColumns(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A mapping uploaded with the census table; any column its formulas name is accepted. */
    static CensusMapping uploaded(String fileName, byte[] content) {
        return parse(fileName, content, knownColumns("istat2011"));
    }

    private static CensusMapping parse(String fileName, byte[] content, Set<String> istatColumns) {
        FeatureSource table = new DelimitedTableReader().read(fileName, new java.io.ByteArrayInputStream(content));
        for (String required : List.of("target_code", "formula", "source")) {
            if (!table.fieldNames().contains(required)) {
                throw new InvalidInputException(fileName, "header", required,
                        "a mapping needs the columns target_code;formula;source;method");
            }
        }
        List<Rule> rules = new ArrayList<>();
        Set<String> known = new LinkedHashSet<>(istatColumns);
        Set<String> targets = new LinkedHashSet<>();
        for (SourceFeature row : table.features()) {
            FieldValues values = new FieldValues(fileName, row, "row");
            String target = values.text("target_code", 60);
            if (!targets.add(target)) {
                throw values.error("target_code", "target " + target + " is mapped twice");
            }
            String formulaText = values.text("formula", 500);
            TargetFormula formula;
            try {
                formula = TargetFormula.parse(formulaText);
            } catch (IllegalArgumentException e) {
                throw values.error("formula", e.getMessage());
            }
            known.addAll(formula.columns());
            String source = values.oneOf("source", Set.of("CENSUS", "ESTIMATED", "REGISTER", "SYNTHETIC"), null);
            rules.add(new Rule(target, formulaText, formula, source, values.optionalText("method", 500)));
        }
        return new CensusMapping(fileName, List.copyOf(rules), Set.copyOf(known));
    }

    private static Set<String> knownColumns(String name) {
        ClassPathResource resource = new ClassPathResource("ingest/" + name + "-columns.txt");
        try (InputStream in = resource.getInputStream()) {
            Set<String> columns = new LinkedHashSet<>();
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\\R")) {
                if (!line.isBlank()) {
                    columns.add(line.trim());
                }
            }
            return columns;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
