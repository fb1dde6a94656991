package org.welfareintelligence.geo;

/** Geometry detail that is worth sending for a web-map zoom level. */
public final class MapScale {

    private MapScale() {
    }

    /** Half a screen pixel in degrees at the zoom level: finer detail cannot be seen. 0 when zoom is null. */
    public static double simplificationTolerance(Integer zoom) {
        if (zoom == null) {
            return 0;
        }
        int z = Math.max(0, Math.min(zoom, 22));
        return 360.0 / (256.0 * Math.pow(2, z)) / 2;
    }

    /** Decimal digits of longitude/latitude that keep sub-pixel precision at the zoom level. */
    public static int coordinateDigits(Integer zoom) {
        if (zoom == null || zoom >= 16) {
            return 7;
        }
        return zoom >= 12 ? 6 : 5;
    }
}
