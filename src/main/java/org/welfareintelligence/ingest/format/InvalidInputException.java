package org.welfareintelligence.ingest.format;

/**
 * An input file that cannot be read as it is. The message names the file, the place in it and the field,
 * so that whoever prepared the file can fix it: {@code census.csv, row 17, field P1: "12a" is not a number}.
 */
public class InvalidInputException extends RuntimeException {

    private final String fileName;
    private final String location;
    private final String field;
    private final String detail;

    /**
     * @param location where in the file, e.g. "row 17", "feature 3", "record 5", "header"; null for the whole file
     * @param field    the column or attribute concerned; null when none
     * @param detail   what is wrong, in words a planner understands
     */
    public InvalidInputException(String fileName, String location, String field, String detail) {
        this(fileName, location, field, detail, null);
    }

    public InvalidInputException(String fileName, String location, String field, String detail, Throwable cause) {
        super(compose(fileName, location, field, detail), cause);
        this.fileName = fileName;
        this.location = location;
        this.field = field;
        this.detail = detail;
    }

    private static String compose(String fileName, String location, String field, String detail) {
        StringBuilder message = new StringBuilder(fileName);
        if (location != null) {
            message.append(", ").append(location);
        }
        if (field != null) {
            message.append(", field ").append(field);
        }
        return message.append(": ").append(detail).toString();
    }

    public String getFileName() {
        return fileName;
    }

    public String getLocation() {
        return location;
    }

    public String getField() {
        return field;
    }

    public String getDetail() {
        return detail;
    }
}
