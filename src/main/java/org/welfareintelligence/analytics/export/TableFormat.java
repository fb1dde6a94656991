package org.welfareintelligence.analytics.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.MediaType;
import org.welfareintelligence.privacy.Count;
import org.welfareintelligence.web.Answer;

/** Answers an analysis as JSON (the view), CSV or XLSX (the table of the same figures), as {@code format=} asks. */
public final class TableFormat {

    public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private TableFormat() {
    }

    /** The view as JSON, or the table as CSV or XLSX, as {@code format} asks. */
    public static <T> Answer<T> respond(String format, T json, Table table) {
        return switch (format == null ? "json" : format.trim().toLowerCase(Locale.ROOT)) {
            case "json" -> Answer.json(json);
            case "csv" -> Answer.file(table.name() + ".csv", CSV, csv(table).getBytes(StandardCharsets.UTF_8));
            case "xlsx" -> Answer.file(table.name() + ".xlsx", XLSX, xlsx(List.of(table)));
            default -> throw new IllegalArgumentException("unknown format '" + format + "': use json, csv or xlsx");
        };
    }

    public static String csv(Table table) {
        StringBuilder out = new StringBuilder();
        out.append(String.join(",", table.columns().stream().map(TableFormat::csvField).toList())).append('\n');
        for (List<Object> row : table.rows()) {
            for (int k = 0; k < row.size(); k++) {
                if (k > 0) {
                    out.append(',');
                }
                Object value = plain(row.get(k));
                out.append(value == null ? "" : value instanceof Number ? number((Number) value) : csvField(value.toString()));
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** One sheet per table; numbers stay numbers so that a spreadsheet can sum them. */
    public static byte[] xlsx(List<Table> tables) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "Welfare Intelligence", "1.0");
            for (Table table : tables) {
                Worksheet sheet = workbook.newWorksheet(sheetName(table.name()));
                for (int c = 0; c < table.columns().size(); c++) {
                    sheet.value(0, c, table.columns().get(c));
                    sheet.style(0, c).bold().set();
                }
                for (int r = 0; r < table.rows().size(); r++) {
                    List<Object> row = table.rows().get(r);
                    for (int c = 0; c < row.size(); c++) {
                        Object value = plain(row.get(c));
                        if (value instanceof Number number && Double.isFinite(number.doubleValue())) {
                            sheet.value(r + 1, c, number);
                        } else if (value != null && !(value instanceof Number)) {
                            sheet.value(r + 1, c, safeText(value.toString()));
                        }
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A count as the whole number of people it shows (null when withheld); other values as they are. */
    private static Object plain(Object value) {
        return value instanceof Count count ? count.wholeNumber() : value;
    }

    private static String number(Number value) {
        double v = value.doubleValue();
        if (!Double.isFinite(v)) {
            return "";
        }
        return value instanceof Integer || value instanceof Long || v == Math.rint(v) && Math.abs(v) < 1e15
                ? Long.toString((long) v) : Double.toString(v);
    }

    /** Quotes a field and neutralises spreadsheet formulas in text that came from uploads. */
    private static String csvField(String text) {
        return '"' + safeText(text).replace("\"", "\"\"") + '"';
    }

    private static String safeText(String text) {
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static String sheetName(String name) {
        String cleaned = name.replaceAll("[\\[\\]:*?/\\\\]", "-");
        return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }
}
