package org.welfareintelligence.ingest.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a census-style delimited table (ISTAT CSV and the like). Values stay text: empty cells become null
 * and typing is left to the caller, helped by {@link #number}.
 */
public class DelimitedTableReader {

    private static final char[] DELIMITERS = {';', ',', '\t'};
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    public FeatureSource read(String fileName, InputStream in) {
        String text = decode(readAll(fileName, in));
        if (text.isBlank()) {
            throw new InvalidInputException(fileName, null, null, "empty file");
        }
        DelimitedRecords records = new DelimitedRecords(text, delimiter(fileName, text));
        List<String> header = header(fileName, records.next());
        List<SourceFeature> rows = new ArrayList<>();
        for (List<String> fields = records.next(); fields != null; fields = records.next()) {
            if (fields.size() == 1 && fields.get(0).isEmpty() && !records.unclosedQuote()) {
                continue; // blank line
            }
            int row = rows.size() + 1;
            if (records.unclosedQuote()) {
                throw new InvalidInputException(fileName, "row " + row, null, "a quoted value starting on line "
                        + records.recordLine() + " is never closed: truncated file or stray '\"'?");
            }
            if (fields.size() != header.size()) {
                throw new InvalidInputException(fileName, "row " + row, null, "the row (line " + records.recordLine()
                        + ") has " + fields.size() + " fields, the header has " + header.size()
                        + ": wrong delimiter or truncated file?");
            }
            Map<String, Object> properties = new LinkedHashMap<>();
            for (int i = 0; i < fields.size(); i++) {
                properties.put(header.get(i), fields.get(i).isEmpty() ? null : fields.get(i));
            }
            rows.add(new SourceFeature(row, null, properties));
        }
        return new FeatureSource(fileName, null, header, List.copyOf(rows));
    }

    /**
     * Reads a numeric cell written the way ISTAT writes numbers: {@code 12}, {@code 12.0}, {@code 1.5e3}
     * (decimal point, no thousands separator).
     */
    public static double number(SourceFeature row, String field, String fileName) {
        String location = "row " + row.index();
        if (!row.properties().containsKey(field)) {
            throw new InvalidInputException(fileName, location, field, "no such column");
        }
        Object value = row.properties().get(field);
        if (value == null) {
            throw new InvalidInputException(fileName, location, field, "the value is empty, a number is needed");
        }
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        String text = value.toString().strip();
        if (!NUMBER.matcher(text).matches()) {
            throw new InvalidInputException(fileName, location, field, "\"" + value + "\" is not a number");
        }
        return Double.parseDouble(text);
    }

    private static byte[] readAll(String fileName, InputStream in) {
        try {
            return Gzip.decompressIfGzipped(fileName, in).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Valid UTF-8 (with or without BOM) is read as UTF-8; anything else as ISO-8859-1, as ISTAT publishes. */
    private static String decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    /** The delimiter is the candidate that splits the first line into the most fields. */
    private static char delimiter(String fileName, String text) {
        int end = text.indexOf('\n');
        String firstLine = end < 0 ? text : text.substring(0, end);
        char best = 0;
        int bestCount = 0;
        for (char candidate : DELIMITERS) {
            int count = countOutsideQuotes(firstLine, candidate);
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        if (best == 0) {
            throw new InvalidInputException(fileName, "header", null,
                    "could not detect the delimiter: expected ';' or ',' between the column names");
        }
        return best;
    }

    private static int countOutsideQuotes(String line, char delimiter) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                count++;
            }
        }
        return count;
    }

    private static List<String> header(String fileName, List<String> fields) {
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < fields.size(); i++) {
            String name = fields.get(i).strip();
            if (name.isEmpty()) {
                throw new InvalidInputException(fileName, "header", null, "column " + (i + 1) + " has no name");
            }
            if (!seen.add(name)) {
                throw new InvalidInputException(fileName, "header", name, "the column name appears twice");
            }
            names.add(name);
        }
        return List.copyOf(names);
    }
}
