package org.welfareintelligence.analytics.accessibility;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.welfareintelligence.analytics.cost.Triples;
import org.welfareintelligence.analytics.measure.EuclideanCosts;
import org.welfareintelligence.analytics.measure.SparseCosts;
import org.welfareintelligence.web.CsvRows;
import org.welfareintelligence.web.CsvRows.Row;

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

    private static List<Row> rows(NamedFile file, String... required) {
        return CsvRows.read(file.name(), file.content(), required);
    }

    private static IllegalArgumentException problem(String file, String location, String field, String detail) {
        return CsvRows.problem(file, location, field, detail);
    }
}
