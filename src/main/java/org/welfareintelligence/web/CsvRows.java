package org.welfareintelligence.web;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Small comma-separated uploads with a header (the raw endpoints' inputs), read into rows whose every problem is
 * an IllegalArgumentException — a 400 — naming the file, the row and the field.
 */
public final class CsvRows {

    private CsvRows() {
    }

    /** One data row; {@code line} counts the header as line 1. */
    public record Row(String file, int line, Map<String, String> fields) {

        public String text(String field) {
            String value = fields.get(field);
            if (value == null || value.isBlank()) {
                throw error(field, "a value is required");
            }
            return value.trim();
        }

        public double number(String field) {
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

        public int integer(String field) {
            String text = text(field);
            try {
                return Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw error(field, "\"" + text + "\" is not a whole number");
            }
        }

        public IllegalArgumentException error(String field, String detail) {
            return problem(file, "row " + line, field, detail);
        }
    }

    /** The rows of {@code content}, whose header must hold the {@code required} columns; at least one row. */
    public static List<Row> read(String file, byte[] content, String... required) {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(content),
                StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (header == null) {
                throw problem(file, "file", null, "the file is empty");
            }
            List<String> columns = Arrays.stream(header.replace("\uFEFF", "").trim().split(",", -1)).map(String::trim)
                    .toList();
            for (String name : required) {
                if (!columns.contains(name)) {
                    throw problem(file, "header", name, "column " + name + " is missing; the header is " + columns);
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
                    throw problem(file, "row " + number, null,
                            "the row has " + cells.length + " fields, the header " + columns.size());
                }
                Map<String, String> fields = new HashMap<>();
                for (int k = 0; k < cells.length; k++) {
                    fields.put(columns.get(k), cells[k]);
                }
                rows.add(new Row(file, number, fields));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (rows.isEmpty()) {
            throw problem(file, "file", null, "the file holds no rows");
        }
        return rows;
    }

    /** A 400 naming the file, the place in it and the field: "cost.csv, row 7, field cost: ...". */
    public static IllegalArgumentException problem(String file, String location, String field, String detail) {
        return new IllegalArgumentException(file + ", " + location + (field == null ? "" : ", field " + field) + ": "
                + detail);
    }
}
