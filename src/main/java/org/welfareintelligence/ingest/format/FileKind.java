package org.welfareintelligence.ingest.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/** The formats an upload can be in, told apart by the first bytes of the file (gzip is looked through). */
public enum FileKind {
    GEOJSON, SHAPEFILE_ZIP, CSV;

    /** How many leading bytes {@link #detect} should be given; fewer work for short files. */
    public static final int HEAD_BYTES = 512;

    private static final byte[] ZIP_MAGIC = {0x50, 0x4B, 0x03, 0x04};

    /**
     * @param fileName the uploaded file name, used to give better advice about files that are not supported
     * @param head     the first bytes of the file as uploaded (possibly gzip-compressed)
     */
    public static FileKind detect(String fileName, byte[] head) {
        byte[] content = Gzip.isGzip(head) ? gunzipPrefix(head) : head;
        String name = fileName.toLowerCase(Locale.ROOT);
        if (content.length == 0) {
            throw new InvalidInputException(fileName, null, null, "empty file");
        }
        if (startsWith(content, ZIP_MAGIC)) {
            if (name.matches(".*\\.(xlsx|ods)(\\.gz)?")) {
                throw new InvalidInputException(fileName, null, null, "spreadsheets are not supported: save the sheet as CSV");
            }
            return SHAPEFILE_ZIP;
        }
        if (firstSignificantByte(content) == '{') {
            return GEOJSON;
        }
        if (name.matches(".*\\.(shp|shx|dbf)(\\.gz)?")) {
            throw new InvalidInputException(fileName, null, null,
                    "upload the Shapefile as one .zip holding its .shp, .shx, .dbf and .prj files");
        }
        if (isBinary(content)) {
            throw new InvalidInputException(fileName, null, null,
                    "unrecognised file type: expected GeoJSON, a zipped Shapefile or a CSV table");
        }
        return CSV;
    }

    /** Decompresses as much of a gzip prefix as is there: the head is usually cut mid-stream. */
    private static byte[] gunzipPrefix(byte[] head) {
        byte[] out = new byte[HEAD_BYTES];
        int length = 0;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(head))) {
            for (int n; length < out.length && (n = in.read(out, length, out.length - length)) > 0; ) {
                length += n;
            }
        } catch (IOException e) {
            // end of the available prefix: keep what was decompressed so far
        }
        return Arrays.copyOf(out, length);
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** @return the first byte after a UTF-8 byte order mark and whitespace, or -1 */
    private static int firstSignificantByte(byte[] content) {
        int i = content.length >= 3 && (content[0] & 0xff) == 0xEF && (content[1] & 0xff) == 0xBB
                && (content[2] & 0xff) == 0xBF ? 3 : 0;
        while (i < content.length && Character.isWhitespace(content[i])) {
            i++;
        }
        return i < content.length ? content[i] : -1;
    }

    /** Text tables never hold NUL or other control bytes besides tab, CR and LF. */
    private static boolean isBinary(byte[] content) {
        for (byte b : content) {
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r') {
                return true;
            }
        }
        return false;
    }
}
