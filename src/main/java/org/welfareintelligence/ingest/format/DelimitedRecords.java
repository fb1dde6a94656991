package org.welfareintelligence.ingest.format;

import java.util.ArrayList;
import java.util.List;

/** Splits delimited text into records following RFC 4180: quoted fields may hold delimiters, "" and newlines. */
final class DelimitedRecords {

    private final String text;
    private final char delimiter;
    private int position;
    private int line = 1;
    private int recordLine;
    private boolean unclosedQuote;

    DelimitedRecords(String text, char delimiter) {
        this.text = text;
        this.delimiter = delimiter;
    }

    /** @return the fields of the next record, or null at the end of the text */
    List<String> next() {
        if (position >= text.length()) {
            return null;
        }
        recordLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        while (position < text.length()) {
            char c = text.charAt(position++);
            if (quoted) {
                if (c == '"' && position < text.length() && text.charAt(position) == '"') {
                    field.append('"');
                    position++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && position < text.length() && text.charAt(position) == '\n') {
                    position++;
                }
                line++;
                break;
            } else {
                field.append(c);
            }
        }
        unclosedQuote = quoted;
        fields.add(field.toString());
        return fields;
    }

    /** @return the line of the text on which the last record returned by {@link #next} starts */
    int recordLine() {
        return recordLine;
    }

    /** @return whether the text ended inside a quoted field of the last record: a truncated file */
    boolean unclosedQuote() {
        return unclosedQuote;
    }
}
