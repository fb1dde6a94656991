package org.welfareintelligence.samplecity.generator;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.precision.GeometryPrecisionReducer;

/**
 * Equirectangular metric plane centred on the Duomo. Shapes are drawn in metres here and
 * stored in lon/lat; the mapping is affine, so lon/lat areas stay proportional to metric ones.
 */
final class LocalPlane {

    static final double CENTRE_LON = 9.19;
    static final double CENTRE_LAT = 45.4642;
    static final double METRES_PER_DEGREE_LON = 111_320 * Math.cos(Math.toRadians(CENTRE_LAT));
    static final double METRES_PER_DEGREE_LAT = 110_540;
    /** Square metres per square degree, to turn lon/lat areas into metric ones. */
    static final double SQUARE_METRES_PER_SQUARE_DEGREE = METRES_PER_DEGREE_LON * METRES_PER_DEGREE_LAT;

    /** Output coordinates carry 6 decimals; every overlay snaps to that grid so written polygons stay valid. */
    static final PrecisionModel GEO_PRECISION = new PrecisionModel(1e6);
    static final GeometryFactory GEO = new GeometryFactory(GEO_PRECISION, 4326);
    static final GeometryFactory METRIC = new GeometryFactory();

    private static final AffineTransformation TO_GEO = new AffineTransformation()
            .scale(1 / METRES_PER_DEGREE_LON, 1 / METRES_PER_DEGREE_LAT)
            .translate(CENTRE_LON, CENTRE_LAT);
    private static final AffineTransformation TO_METRIC = new AffineTransformation()
            .translate(-CENTRE_LON, -CENTRE_LAT)
            .scale(METRES_PER_DEGREE_LON, METRES_PER_DEGREE_LAT);

    private LocalPlane() {
    }

    /** Metric shape to lon/lat at full precision: overlays snap it to the output grid later. */
    static Geometry toGeo(Geometry metric) {
        return GEO.createGeometry(TO_GEO.transform(metric));
    }

    /** Metric shape to lon/lat, snapped to the output grid without losing validity. */
    static Geometry toGeoPrecise(Geometry metric) {
        return GEO.createGeometry(GeometryPrecisionReducer.reduce(TO_GEO.transform(metric), GEO_PRECISION));
    }

    /**
     * Polygon overlay snapped to the output grid. Strict mode keeps the result polygonal: touching
     * boundaries would otherwise add stray lines to an intersection.
     */
    static Geometry overlay(Geometry a, Geometry b, int opCode) {
        OverlayNG overlay = new OverlayNG(a, b, GEO_PRECISION, opCode);
        overlay.setStrictMode(true);
        return GEO.createGeometry(overlay.getResult());
    }

    static Geometry toMetric(Geometry geo) {
        return METRIC.createGeometry(TO_METRIC.transform(geo));
    }

    static double metricArea(Geometry geo) {
        return geo.getArea() * SQUARE_METRES_PER_SQUARE_DEGREE;
    }

    /** Distance in metres from the Duomo of a lon/lat coordinate. */
    static double distanceFromCentre(Coordinate geo) {
        return Math.hypot((geo.x - CENTRE_LON) * METRES_PER_DEGREE_LON, (geo.y - CENTRE_LAT) * METRES_PER_DEGREE_LAT);
    }
}
