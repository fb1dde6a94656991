package org.welfareintelligence.support;

/**
 * Reads just enough of a Mapbox Vector Tile (protobuf: Tile.layers = 3, Layer.features = 2) to count its
 * features, so tests can assert a tile holds real geometry without a protobuf dependency.
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
