package org.welfareintelligence.support;

/**
 * Reads just enough of a Mapbox Vector Tile (protobuf: Tile.layers = 3, Layer.features = 2, Layer.values = 4)
 * to count its features and list its numeric attribute values, so tests can assert what a tile holds without
 * a protobuf dependency.
 */
public final class MvtSummary {

    private MvtSummary() {
    }

    public static int featureCount(byte[] tile) {
        int count = 0;
        int[] position = {0};
        while (position[0] < tile.length) {
            long key = varint(tile, position);
            if ((key >>> 3) == 3 && (key & 7) == 2) {
                int length = (int) varint(tile, position);
                count += countFeatures(tile, position[0], position[0] + length);
                position[0] += length;
            } else {
                skip(tile, position, (int) (key & 7));
            }
        }
        return count;
    }

    /** Every numeric attribute value in the tile's value tables (each distinct value once per layer). */
    public static java.util.List<Double> numericValues(byte[] tile) {
        java.util.List<Double> values = new java.util.ArrayList<>();
        int[] position = {0};
        while (position[0] < tile.length) {
            long key = varint(tile, position);
            if ((key >>> 3) == 3 && (key & 7) == 2) {
                int end = (int) varint(tile, position) + position[0];
                while (position[0] < end) {
                    long layerKey = varint(tile, position);
                    if ((layerKey >>> 3) == 4 && (layerKey & 7) == 2) {
                        int valueEnd = (int) varint(tile, position) + position[0];
                        readValue(tile, position, valueEnd, values);
                    } else {
                        skip(tile, position, (int) (layerKey & 7));
                    }
                }
            } else {
                skip(tile, position, (int) (key & 7));
            }
        }
        return values;
    }

    /** Value: 2 float, 3 double, 4 int64, 5 uint64, 6 sint64; strings and booleans are skipped. */
    private static void readValue(byte[] tile, int[] position, int end, java.util.List<Double> values) {
        while (position[0] < end) {
            long key = varint(tile, position);
            int field = (int) (key >>> 3);
            switch (field) {
                case 2 -> {
                    values.add((double) Float.intBitsToFloat(littleEndian(tile, position[0], 4).intValue()));
                    position[0] += 4;
                }
                case 3 -> {
                    values.add(Double.longBitsToDouble(littleEndian(tile, position[0], 8)));
                    position[0] += 8;
                }
                case 4, 5 -> values.add((double) varint(tile, position));
                case 6 -> {
                    long zigzag = varint(tile, position);
                    values.add((double) ((zigzag >>> 1) ^ -(zigzag & 1)));
                }
                default -> skip(tile, position, (int) (key & 7));
            }
        }
    }

    private static Long littleEndian(byte[] tile, int start, int bytes) {
        long value = 0;
        for (int i = bytes - 1; i >= 0; i--) {
            value = (value << 8) | (tile[start + i] & 0xff);
        }
        return value;
    }

    private static int countFeatures(byte[] tile, int start, int end) {
        int count = 0;
        int[] position = {start};
        while (position[0] < end) {
            long key = varint(tile, position);
            if ((key >>> 3) == 2 && (key & 7) == 2) {
                count++;
            }
            skip(tile, position, (int) (key & 7));
        }
        return count;
    }

    private static void skip(byte[] tile, int[] position, int wireType) {
        switch (wireType) {
            case 0 -> varint(tile, position);
            case 1 -> position[0] += 8;
            case 2 -> {
                int length = (int) varint(tile, position);
                position[0] += length;
            }
            case 5 -> position[0] += 4;
            default -> throw new IllegalArgumentException("not a vector tile: wire type " + wireType);
        }
    }

    private static long varint(byte[] tile, int[] position) {
        long value = 0;
        int shift = 0;
        while (true) {
            byte b = tile[position[0]++];
            value |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
            shift += 7;
        }
    }
}
