package org.welfareintelligence.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import org.welfareintelligence.ingest.format.InvalidInputException;
import org.welfareintelligence.ingest.format.SourceFeature;

/**
 * Typed, checked reads of one row's fields. Every failure names the file, the row and the field.
 * Text that will be shown to people may not carry markup or control characters: names are data,
 * never HTML.
 */
final class FieldValues {

    private final String file;
    private final SourceFeature row;
    private final String location;

    FieldValues(String file, SourceFeature row, String unit) {
        this.file = file;
        this.row = row;
        this.location = unit + " " + row.index();
    }

    String location() {
        return location;
    }

    String text(String field, int maxLength) {
        String value = optionalText(field, maxLength);
        if (value == null) {
            throw error(field, "a value is required");
        }
        return value;
    }

    String optionalText(String field, int maxLength) {
        Object raw = row.properties().get(field);
        if (raw == null) {
            return null;
        }
        String value = raw instanceof Double d && d == Math.rint(d) ? String.valueOf(d.longValue()) : raw.toString().trim();
        if (value.isEmpty()) {
            return null;
        }
        if (value.length() > maxLength) {
            throw error(field, "the text is longer than " + maxLength + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '<' || c == '>') {
                throw error(field, "markup characters '<' and '>' are not allowed in names");
            }
            if (Character.isISOControl(c)) {
                throw error(field, "control characters are not allowed");
            }
        }
        return value;
    }

    /** A code such as SEZ2011 or ACE; spreadsheets often write integer codes as "12.0". */
    String code(String field) {
        String value = text(field, 60);
        return value.matches("-?\\d+\\.0+") ? value.substring(0, value.indexOf('.')) : value;
    }

    String optionalCode(String field) {
        return row.properties().get(field) == null || optionalText(field, 60) == null ? null : code(field);
    }

    Integer optionalInteger(String field) {
        String value = optionalText(field, 30);
        if (value == null) {
            return null;
        }
        double number = number(field, value);
        if (number != Math.rint(number) || number < 0) {
            throw error(field, "\"" + value + "\" is not a whole number >= 0");
        }
        return (int) number;
    }

    Double optionalDecimal(String field) {
        String value = optionalText(field, 30);
        if (value == null) {
            return null;
        }
        double number = number(field, value);
        if (number < 0) {
            throw error(field, "\"" + value + "\" must not be negative");
        }
        return number;
    }

    LocalDate optionalDate(String field) {
        String value = optionalText(field, 30);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw error(field, "\"" + value + "\" is not a date written as YYYY-MM-DD");
        }
    }

    String oneOf(String field, Set<String> allowed, String fallback) {
        String value = optionalText(field, 40);
        if (value == null) {
            if (fallback == null) {
                throw error(field, "a value is required: one of " + allowed);
            }
            return fallback;
        }
        String upper = value.toUpperCase(Locale.ROOT);
        if (!allowed.contains(upper)) {
            throw error(field, "\"" + value + "\" is not one of " + allowed);
        }
        return upper;
    }

    InvalidInputException error(String field, String problem) {
        return new InvalidInputException(file, location, field, problem);
    }

    private double number(String field, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw error(field, "\"" + value + "\" is not a number");
        }
    }
}
