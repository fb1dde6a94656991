package org.welfareintelligence.analytics.accessibility;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.welfareintelligence.analytics.cost.Triples;
import org.welfareintelligence.analytics.measure.EuclideanCosts;
import org.welfareintelligence.analytics.measure.SparseCosts;

/**
 * Accessibility on uploaded files alone, without the database: demand {@code id,value}, supply
 * {@code id,value}, costs {@code origin,dest,cost} and, for the ratio, demand positions {@code id,x,y} in
 * metres. Every problem names the file, the row and the field.
 */
public final class RawAccessibility {

    /** One demand point's raw value, null when it has none. */
    public record Value(String id, Double value) {
    }

    private RawAccessibility() {
    }

    public static List<Value> compute(DecayParameters parameters, NamedFile demandFile, NamedFile supplyFile,
                                      NamedFile costFile, NamedFile demandXyFile) {
        Map<String, Double> demand = readValues(demandFile);
        Map<String, Double> supply = readValues(supplyFile);
        Map<String, Integer> demandIndex = indexOf(demand);
        Map<String, Integer> supplyIndex = indexOf(supply);
        SparseCosts demandToSupply = readCosts(costFile, demandIndex, supplyIndex);
        SparseCosts demandToDemand = null;
        if (parameters.method() == AccessibilityMethod.RATIO) {
            if (demandXyFile == null) {
                throw new IllegalArgumentException("the ratio needs demand_xy.csv (id,x,y in metres) for the demand "
                        + "within each catchment");
            }
            double[][] xy = readPositions(demandXyFile, demandIndex);
            demandToDemand = new EuclideanCosts(1.0, 0).between(xy[0], xy[1], xy[0], xy[1], parameters.cutoff());
        }
        double[] values = AccessibilityCalculator.compute(parameters, demandToSupply, demandToDemand,
                demand.values().stream().mapToDouble(Double::doubleValue).toArray(),
                supply.values().stream().mapToDouble(Double::doubleValue).toArray());
        List<Value> result = new ArrayList<>(values.length);
        int i = 0;
        for (String id : demand.keySet()) {
            result.add(new Value(id, Double.isNaN(values[i]) ? null : values[i]));
            i++;
        }
        return result;
    }

    /** An uploaded file's name and content. */
    public record NamedFile(String name, byte[] content) {
    }

    private static Map<String, Double> readValues(NamedFile file) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (Row row : rows(file, "id", "value")) {
            double value = row.number("value");
            if (value < 0) {
                throw row.error("value", "\"" + row.text("value") + "\" must not be negative");
            }
            if (values.put(row.text("id"), value) != null) {
                throw row.error("id", "id " + row.text("id") + " appears twice");
            }
        }
        return values;
    }

    private static SparseCosts readCosts(NamedFile file, Map<String, Integer> origins, Map<String, Integer> destinations) {
        Triples triples = new Triples();
        for (Row row : rows(file, "origin", "dest", "cost")) {
            Integer origin = origins.get(row.text("origin"));
            if (origin == null) {
                throw row.error("origin", "unknown demand id " + row.text("origin"));
            }
            Integer destination = destinations.get(row.text("dest"));
            if (destination == null) {
                throw row.error("dest", "unknown supply id " + row.text("dest"));
            }
            double cost = row.number("cost");
            if (cost < 0) {
                throw row.error("cost", "\"" + row.text("cost") + "\" must not be negative");
            }
            triples.add(origin, destination, cost);
        }
        return triples.toCosts(origins.size(), destinations.size());
    }

    private static double[][] readPositions(NamedFile file, Map<String, Integer> index) {
        double[][] xy = new double[2][index.size()];
        boolean[] seen = new boolean[index.size()];
        for (Row row : rows(file, "id", "x", "y")) {
            Integer i = index.get(row.text("id"));
            if (i == null) {
                throw row.error("id", "unknown demand id " + row.text("id"));
            }
            xy[0][i] = row.number("x");
            xy[1][i] = row.number("y");
            seen[i] = true;
        }
        for (Map.Entry<String, Integer> entry : index.entrySet()) {
            if (!seen[entry.getValue()]) {
                throw problem(file.name(), "file", "id", "no position for demand id " + entry.getKey());
            }
        }
        return xy;
    }

    private static Map<String, Integer> indexOf(Map<String, Double> values) {
        Map<String, Integer> index = new HashMap<>();
        for (String id : values.keySet()) {
            index.put(id, index.size());
        }
        return index;
    }

    /** One data row of a small comma-separated file with a header. */
    private record Row(String file, int line, Map<String, String> fields) {

        String text(String field) {
            String value = fields.get(field);
            if (value == null || value.isBlank()) {
                throw error(field, "a value is required");
            }
            return value.trim();
        }

        double number(String field) {
            String text = text(field);
            try {
                double value = Double.parseDouble(text);
                if (!Double.isFinite(value)) {
                    throw error(field, "\"" + text + "\" is not a finite number");
                }
                return value;
            } catch (NumberFormatException e) {
                throw error(field, "\"" + text + "\" is not a number");
            }
        }

        IllegalArgumentException error(String field, String problem) {
            return problem(file, "row " + line, field, problem);
        }
    }

    private static List<Row> rows(NamedFile file, String... required) {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream(file), StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (header == null) {
                throw problem(file.name(), "file", null, "the file is empty");
            }
            String[] names = header.replace("\uFEFF", "").trim().split(",", -1);
            List<String> columns = List.of(names).stream().map(String::trim).toList();
            for (String name : required) {
                if (!columns.contains(name)) {
                    throw problem(file.name(), "header", name,
                            "column " + name + " is missing; the header is " + columns);
                }
            }
            String line;
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells.length != columns.size()) {
                    throw problem(file.name(), "row " + number, null,
                            "the row has " + cells.length + " fields, the header " + columns.size());
                }
                Map<String, String> fields = new HashMap<>();
                for (int k = 0; k < cells.length; k++) {
                    fields.put(columns.get(k), cells[k]);
                }
                rows.add(new Row(file.name(), number, fields));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (rows.isEmpty()) {
            throw problem(file.name(), "file", null, "the file holds no rows");
        }
        return rows;
    }

    /** A 400 naming the file, the place in it and the field: "cost.csv, row 7, field cost: ...". */
    private static IllegalArgumentException problem(String file, String location, String field, String detail) {
        return new IllegalArgumentException(file + ", " + location + (field == null ? "" : ", field " + field) + ": " + detail);
    }

    private static InputStream stream(NamedFile file) {
        return new java.io.ByteArrayInputStream(file.content());
    }
}
