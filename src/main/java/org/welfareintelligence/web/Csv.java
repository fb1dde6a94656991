package org.welfareintelligence.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;

/** CSV output shared by every export: quoting, and no formula injection from uploaded text. */
public final class Csv {

    public static final MediaType MEDIA_TYPE = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private Csv() {
    }

    /** Quotes a text field and neutralises spreadsheet formulas (a leading =, +, - or @ gets a quote). */
    public static String field(String text) {
        String safe = text == null ? "" : text;
        if (!safe.isEmpty() && "=+-@".indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe;
        }
        return '"' + safe.replace("\"", "\"\"") + '"';
    }

    /** A number as written by Java (full precision), or empty for a withheld or missing value. */
    public static String number(Number value) {
        return value == null ? "" : value.toString();
    }
}
