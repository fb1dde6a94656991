package org.welfareintelligence.ingest.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes small Shapefile parts byte by byte, to test the reader on hand-made and damaged input. */
final class ShapefileFixtures {

    private ShapefileFixtures() {
    }

    /** @param records one list of rings per record (ring = points {x, y}); a null record is a Null shape */
    static byte[] polygonShp(List<List<double[][]>> records) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int recordNumber = 0;
        for (List<double[][]> rings : records) {
            byte[] content = rings == null ? le(4).putInt(0).array() : polygonContent(rings);
            body.writeBytes(ByteBuffer.allocate(8).putInt(++recordNumber).putInt(content.length / 2).array());
            body.writeBytes(content);
        }
        ByteBuffer header = ByteBuffer.allocate(100);
        header.putInt(0, 9994).putInt(24, (100 + body.size()) / 2);
        header.order(ByteOrder.LITTLE_ENDIAN).putInt(28, 1000).putInt(32, 5);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(header.array());
        file.writeBytes(body.toByteArray());
        return file.toByteArray();
    }

    private static byte[] polygonContent(List<double[][]> rings) {
        int points = rings.stream().mapToInt(ring -> ring.length).sum();
        ByteBuffer content = le(4 + 32 + 8 + 4 * rings.size() + 16 * points);
        content.putInt(5).put(new byte[32]).putInt(rings.size()).putInt(points);
        int start = 0;
        for (double[][] ring : rings) {
            content.putInt(start);
            start += ring.length;
        }
        for (double[][] ring : rings) {
            for (double[] point : ring) {
                content.putDouble(point[0]).putDouble(point[1]);
            }
        }
        return content.array();
    }

    /** A dBase field: name, type letter, width and decimal count. */
    record Field(String name, char type, int length, int decimals) {
    }

    /** @param rows cell texts per record; a row whose first cell is "*DELETED*" is written as deleted */
    static byte[] dbf(List<Field> fields, List<String[]> rows, Charset charset, int languageDriver) {
        int recordLength = 1 + fields.stream().mapToInt(Field::length).sum();
        int headerLength = 32 + 32 * fields.size() + 1;
        ByteBuffer out = le(headerLength + rows.size() * recordLength + 1);
        out.put((byte) 3).put(new byte[] {120, 1, 1}).putInt(rows.size())
                .putShort((short) headerLength).putShort((short) recordLength);
        out.put(29, (byte) languageDriver).position(32);
        for (Field field : fields) {
            byte[] name = field.name().getBytes(charset);
            out.put(name).put(new byte[11 - name.length]).put((byte) field.type()).put(new byte[4])
                    .put((byte) field.length()).put((byte) field.decimals()).put(new byte[14]);
        }
        out.put((byte) 0x0D);
        for (String[] row : rows) {
            boolean deleted = row[0].equals("*DELETED*");
            out.put((byte) (deleted ? '*' : ' '));
            for (int i = 0; i < fields.size(); i++) {
                Field field = fields.get(i);
                String cell = deleted ? "" : row[i];
                String padded = field.type() == 'C'
                        ? String.format("%-" + field.length() + "s", cell)
                        : String.format("%" + field.length() + "s", cell);
                out.put(padded.getBytes(charset), 0, field.length());
            }
        }
        out.put((byte) 0x1A);
        return out.array();
    }

    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
