package org.welfareintelligence.ingest.format;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/**
 * Reads the geometries of a .shp file (ESRI Shapefile Technical Description, 1998). Records are read in
 * sequence, so the .shx index is not needed. Z and M values are ignored: only X and Y are kept.
 */
final class ShpRecords {

    private static final int FILE_CODE = 9994;
    private static final int HEADER_BYTES = 100;

    private final GeometryFactory factory;
    private final String fileName;

    ShpRecords(GeometryFactory factory, String fileName) {
        this.factory = factory;
        this.fileName = fileName;
    }

    /** @return one geometry per record in file order; null for Null shapes */
    List<Geometry> read(byte[] shp) {
        ByteBuffer buffer = ByteBuffer.wrap(shp);
        if (shp.length < HEADER_BYTES) {
            throw new InvalidInputException(fileName, "header", null,
                    "the file is truncated: " + shp.length + " bytes, a .shp header alone has 100");
        }
        int fileCode = buffer.order(ByteOrder.BIG_ENDIAN).getInt(0);
        if (fileCode != FILE_CODE) {
            throw new InvalidInputException(fileName, "header", null,
                    "not a Shapefile: the file code is " + fileCode + ", expected 9994");
        }
        long declaredLength = 2L * buffer.getInt(24);
        long end = Math.min(declaredLength, shp.length);
        List<Geometry> geometries = new ArrayList<>();
        int offset = HEADER_BYTES;
        while (offset < end) {
            int record = geometries.size() + 1;
            if (offset + 8 > shp.length) {
                throw truncated(record);
            }
            int contentLength = 2 * buffer.order(ByteOrder.BIG_ENDIAN).getInt(offset + 4);
            if (contentLength < 4) {
                throw bad(record, "the record length " + contentLength + " is too short");
            }
            if ((long) offset + 8 + contentLength > shp.length) {
                throw truncated(record);
            }
            ByteBuffer content = ByteBuffer.wrap(shp, offset + 8, contentLength).slice().order(ByteOrder.LITTLE_ENDIAN);
            geometries.add(shape(content, record));
            offset += 8 + contentLength;
        }
        if (declaredLength > shp.length) {
            throw new InvalidInputException(fileName, "record " + (geometries.size() + 1), null,
                    "the file is truncated: the header announces " + declaredLength + " bytes, the file has "
                            + shp.length);
        }
        return geometries;
    }

    private Geometry shape(ByteBuffer content, int record) {
        int shapeType = content.getInt();
        try {
            return switch (shapeType) {
                case 0 -> null;
                case 1, 11, 21 -> factory.createPoint(new Coordinate(content.getDouble(), content.getDouble()));
                case 8, 18, 28 -> multiPoint(content);
                case 3, 13, 23 -> polyLine(parts(content, record), record);
                case 5, 15, 25 -> new ShapefileRings(factory).polygon(parts(content, record),
                        detail -> bad(record, detail));
                case 31 -> throw bad(record, "MultiPatch shapes (type 31) are not supported");
                default -> throw bad(record, "unknown shape type " + shapeType);
            };
        } catch (BufferUnderflowException e) {
            throw bad(record, "the record is shorter than its shape needs");
        }
    }

    private Geometry multiPoint(ByteBuffer content) {
        skipBoundingBox(content);
        Coordinate[] points = coordinates(content, content.getInt());
        return factory.createMultiPointFromCoords(points);
    }

    /** Reads the parts of a PolyLine or Polygon record: one coordinate array per part. */
    private List<Coordinate[]> parts(ByteBuffer content, int record) {
        skipBoundingBox(content);
        int numParts = content.getInt();
        int numPoints = content.getInt();
        if (numParts < 0 || numPoints < 0 || 4L * numParts + 16L * numPoints > content.remaining()) {
            throw bad(record, numParts + " parts and " + numPoints + " points do not fit in the record");
        }
        int[] starts = new int[numParts + 1];
        for (int i = 0; i < numParts; i++) {
            starts[i] = content.getInt();
            if (starts[i] < (i == 0 ? 0 : starts[i - 1]) || starts[i] > numPoints) {
                throw bad(record, "part " + (i + 1) + " starts at point " + starts[i] + ", out of order");
            }
        }
        starts[numParts] = numPoints;
        Coordinate[] all = coordinates(content, numPoints);
        List<Coordinate[]> parts = new ArrayList<>(numParts);
        for (int i = 0; i < numParts; i++) {
            Coordinate[] part = new Coordinate[starts[i + 1] - starts[i]];
            System.arraycopy(all, starts[i], part, 0, part.length);
            parts.add(part);
        }
        return parts;
    }

    private Geometry polyLine(List<Coordinate[]> parts, int record) {
        LineString[] lines = new LineString[parts.size()];
        for (int i = 0; i < lines.length; i++) {
            if (parts.get(i).length < 2) {
                throw bad(record, "line part " + (i + 1) + " has fewer than 2 points");
            }
            lines[i] = factory.createLineString(parts.get(i));
        }
        return lines.length == 1 ? lines[0] : factory.createMultiLineString(lines);
    }

    private static void skipBoundingBox(ByteBuffer content) {
        content.position(content.position() + 32);
    }

    private static Coordinate[] coordinates(ByteBuffer content, int count) {
        Coordinate[] coordinates = new Coordinate[count];
        for (int i = 0; i < count; i++) {
            coordinates[i] = new Coordinate(content.getDouble(), content.getDouble());
        }
        return coordinates;
    }

    private InvalidInputException truncated(int record) {
        return new InvalidInputException(fileName, "record " + record, null, "the file is truncated inside this record");
    }

    private InvalidInputException bad(int record, String detail) {
        return new InvalidInputException(fileName, "record " + record, null, "bad record: " + detail);
    }
}
