package org.welfareintelligence.ingest.format;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The attribute table of a Shapefile (dBase III .dbf). Numeric fields become Long without decimals and Double
 * with them; blanks become null; dates become ISO text (yyyy-mm-dd).
 *
 * @param records one map per record in file order; null for records marked deleted, so that positions still
 *                match the .shp records
 */
record DbfTable(List<String> fieldNames, List<Map<String, Object>> records) {

    private static final int HEADER_BYTES = 32;
    private static final int DESCRIPTOR_BYTES = 32;
    private static final byte DESCRIPTORS_END = 0x0D;
    private static final byte DELETED = '*';

    private record Field(String name, char type, int offset, int length, int decimals) {
    }

    /** @param charset from the .cpg file; null to use the language driver byte of the header */
    static DbfTable read(byte[] dbf, Charset charset, String fileName) {
        if (dbf.length < HEADER_BYTES) {
            throw new InvalidInputException(fileName, "header", null, "the file is truncated inside the header");
        }
        ByteBuffer header = ByteBuffer.wrap(dbf).order(ByteOrder.LITTLE_ENDIAN);
        int recordCount = header.getInt(4);
        int headerLength = Short.toUnsignedInt(header.getShort(8));
        int recordLength = Short.toUnsignedInt(header.getShort(10));
        Charset text = charset != null ? charset : DbfCharsets.ofLanguageDriver(dbf[29] & 0xff);
        List<Field> fields = fields(dbf, headerLength, recordLength, text, fileName);
        List<Map<String, Object>> records = new ArrayList<>(recordCount);
        for (int i = 0; i < recordCount; i++) {
            int start = headerLength + i * recordLength;
            if (start + recordLength > dbf.length) {
                throw new InvalidInputException(fileName, "record " + (i + 1), null,
                        "the file is truncated: the header announces " + recordCount + " records");
            }
            records.add(dbf[start] == DELETED ? null : record(dbf, start, fields, text, fileName, i + 1));
        }
        return new DbfTable(fields.stream().map(Field::name).toList(), Collections.unmodifiableList(records));
    }

    private static List<Field> fields(byte[] dbf, int headerLength, int recordLength, Charset text, String fileName) {
        List<Field> fields = new ArrayList<>();
        int offset = 1; // each record starts with its deletion flag
        for (int at = HEADER_BYTES; at < headerLength && dbf[at] != DESCRIPTORS_END; at += DESCRIPTOR_BYTES) {
            if (at + DESCRIPTOR_BYTES > dbf.length) {
                throw new InvalidInputException(fileName, "header", null, "the file is truncated inside the field list");
            }
            String name = cString(dbf, at, 11, text);
            char type = (char) dbf[at + 11];
            int length = dbf[at + 16] & 0xff;
            if ("CNFLD".indexOf(type) < 0) {
                throw new InvalidInputException(fileName, "header", name,
                        "unsupported dBase field type '" + type + "' (supported: C, N, F, L, D)");
            }
            fields.add(new Field(name, type, offset, length, dbf[at + 17] & 0xff));
            offset += length;
        }
        if (offset > recordLength) {
            throw new InvalidInputException(fileName, "header", null,
                    "the fields take " + offset + " bytes but a record has " + recordLength);
        }
        return fields;
    }

    private static Map<String, Object> record(byte[] dbf, int start, List<Field> fields, Charset text,
            String fileName, int number) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Field field : fields) {
            String raw = new String(dbf, start + field.offset(), field.length(), text).strip();
            try {
                values.put(field.name(), value(field, raw));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(fileName, "record " + number, field.name(),
                        "\"" + raw + "\" is not a valid " + typeName(field.type()));
            }
        }
        return values;
    }

    private static Object value(Field field, String raw) {
        // '?' is dBase's unknown value; a field full of '*' is a number too wide for its column
        if (raw.isEmpty() || raw.equals("?") || (field.type() != 'C' && raw.chars().allMatch(c -> c == '*'))) {
            return null;
        }
        return switch (field.type()) {
            case 'N', 'F' -> field.decimals() == 0 ? whole(raw) : Double.valueOf(raw);
            case 'L' -> logical(raw);
            case 'D' -> date(raw);
            default -> raw;
        };
    }

    /** Fields declared without decimals are integers, though some writers still put "12.0" in them. */
    private static Object whole(String raw) {
        try {
            return Long.valueOf(raw);
        } catch (NumberFormatException e) {
            return Double.valueOf(raw);
        }
    }

    private static Boolean logical(String raw) {
        return switch (Character.toUpperCase(raw.charAt(0))) {
            case 'Y', 'T' -> Boolean.TRUE;
            case 'N', 'F' -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(raw);
        };
    }

    private static String date(String raw) {
        if (raw.chars().allMatch(c -> c == '0')) {
            return null;
        }
        if (!raw.matches("\\d{8}")) {
            throw new IllegalArgumentException(raw);
        }
        return raw.substring(0, 4) + "-" + raw.substring(4, 6) + "-" + raw.substring(6);
    }

    private static String typeName(char type) {
        return switch (type) {
            case 'L' -> "logical value (Y/N/T/F)";
            case 'D' -> "date (YYYYMMDD)";
            default -> "number";
        };
    }

    private static String cString(byte[] bytes, int offset, int maxLength, Charset text) {
        int length = 0;
        while (length < maxLength && bytes[offset + length] != 0) {
            length++;
        }
        return new String(bytes, offset, length, text).strip();
    }
}
