package org.welfareintelligence.projection.raw;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.welfareintelligence.projection.core.Method;
import org.welfareintelligence.projection.core.Projection;
import org.welfareintelligence.projection.core.Projector;
import org.welfareintelligence.projection.core.Reconciliation;
import org.welfareintelligence.projection.core.Series;
import org.welfareintelligence.web.CsvRows;
import org.welfareintelligence.web.CsvRows.Row;

/**
 * Projection of the caller's own series, without the database: {@code area,year,value} rows, optionally
 * {@code area,parent} rows of a hierarchy. With a hierarchy each level (roots, their children, …) is fitted on
 * its own and the children are then reconciled top-down to their parents. Every problem names the file, the row
 * and the field.
 */
final class RawProjection {

    /** One area's projection at one target year. */
    record Projected(String area, int year, double value, double lower80, double upper80, Method method) {
    }

    private RawProjection() {
    }

    static List<Projected> project(ProjectionRequest request) {
        Map<String, TreeMap<Integer, Double>> observed = readSeries(request.series());
        List<String> areas = new ArrayList<>(observed.keySet());
        int[] years = commonYears(request.series().name(), observed);
        for (int target : request.years()) {
            if (target <= years[years.length - 1]) {
                throw new IllegalArgumentException("years: " + target + " is not after the last period of "
                        + request.series().name() + ", " + years[years.length - 1]);
            }
        }
        int[] parent = new int[areas.size()];
        Arrays.fill(parent, -1);
        if (request.parents() != null) {
            readParents(request.parents(), areas, parent);
        }
        int[] depth = depths(parent);
        int targets = request.years().length;
        double[][] value = new double[areas.size()][];
        double[][] lower = new double[areas.size()][];
        double[][] upper = new double[areas.size()][];
        Method[] method = new Method[areas.size()];
        for (int level = 0; level <= Arrays.stream(depth).max().orElse(0); level++) {
            int current = level;
            int[] members = IntStream.range(0, areas.size()).filter(a -> depth[a] == current).toArray();
            double[][] values = new double[members.length][];
            for (int i = 0; i < members.length; i++) {
                values[i] = observed.get(areas.get(members[i])).values().stream().mapToDouble(Double::doubleValue)
                        .toArray();
            }
            // the caller's city total applies to the top level; the levels below are reconciled to it
            Projection projection = Projector.project(new Series(years, values), request.method(), request.years(),
                    level == 0 ? request.total() : null);
            for (int i = 0; i < members.length; i++) {
                value[members[i]] = projection.value()[i];
                lower[members[i]] = projection.lower()[i];
                upper[members[i]] = projection.upper()[i];
                method[members[i]] = projection.method();
            }
        }
        Reconciliation.topDown(parent, value, lower, upper);
        List<Projected> result = new ArrayList<>(areas.size() * targets);
        for (int a = 0; a < areas.size(); a++) {
            for (int j = 0; j < targets; j++) {
                result.add(new Projected(areas.get(a), request.years()[j], value[a][j], lower[a][j], upper[a][j],
                        method[a]));
            }
        }
        return result;
    }

    private static Map<String, TreeMap<Integer, Double>> readSeries(ProjectionRequest.NamedFile file) {
        Map<String, TreeMap<Integer, Double>> series = new LinkedHashMap<>();
        for (Row row : rows(file, "area", "year", "value")) {
            int year = row.integer("year");
            double value = row.number("value");
            if (value < 0) {
                throw row.error("value", "\"" + row.text("value") + "\" must not be negative");
            }
            if (series.computeIfAbsent(row.text("area"), a -> new TreeMap<>()).put(year, value) != null) {
                throw row.error("year", "area " + row.text("area") + " has year " + year + " twice");
            }
        }
        return series;
    }

    /** The years every area has; an area missing one of them is refused. */
    private static int[] commonYears(String file, Map<String, TreeMap<Integer, Double>> series) {
        TreeSet<Integer> years = new TreeSet<>();
        series.values().forEach(s -> years.addAll(s.keySet()));
        if (years.size() < 2) {
            throw problem(file, "file", "year", "a projection needs at least 2 periods, the file has " + years.size());
        }
        for (Map.Entry<String, TreeMap<Integer, Double>> area : series.entrySet()) {
            for (int year : years) {
                if (!area.getValue().containsKey(year)) {
                    throw problem(file, "file", "year", "area " + area.getKey() + " has no value for " + year);
                }
            }
        }
        return years.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Fills {@code parent} (all −1) from the hierarchy file. */
    private static void readParents(ProjectionRequest.NamedFile file, List<String> areas, int[] parent) {
        Map<String, Integer> index = new HashMap<>();
        areas.forEach(a -> index.put(a, index.size()));
        for (Row row : rows(file, "area", "parent")) {
            Integer child = index.get(row.text("area"));
            if (child == null) {
                throw row.error("area", "area " + row.text("area") + " is not in the series");
            }
            Integer of = index.get(row.text("parent"));
            if (of == null) {
                throw row.error("parent", "parent " + row.text("parent") + " is not in the series");
            }
            if (parent[child] >= 0) {
                throw row.error("area", "area " + row.text("area") + " has two parents");
            }
            parent[child] = of;
        }
    }

    /** Each area's depth below its root; a cycle is refused. */
    private static int[] depths(int[] parent) {
        int[] depth = new int[parent.length];
        for (int a = 0; a < parent.length; a++) {
            int steps = 0;
            for (int p = parent[a]; p >= 0; p = parent[p]) {
                if (++steps > parent.length) {
                    throw new IllegalArgumentException("parent: the parents form a cycle");
                }
            }
            depth[a] = steps;
        }
        return depth;
    }

    private static List<Row> rows(ProjectionRequest.NamedFile file, String... required) {
        return CsvRows.read(file.name(), file.content(), required);
    }

    private static IllegalArgumentException problem(String file, String location, String field, String detail) {
        return CsvRows.problem(file, location, field, detail);
    }
}
