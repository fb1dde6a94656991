package org.welfareintelligence.ingest.format;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.algorithm.PointLocation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;

/**
 * Turns the rings of a Shapefile polygon record into a Polygon or MultiPolygon. The format marks outer
 * shells by clockwise order and holes by counter-clockwise order, but does not say which shell a hole
 * belongs to: each hole goes to the smallest shell that contains it.
 */
final class ShapefileRings {

    private final GeometryFactory factory;

    ShapefileRings(GeometryFactory factory) {
        this.factory = factory;
    }

    /** @param error builds the exception for a ring that is not a valid ring */
    Geometry polygon(List<Coordinate[]> rings, Function<String, InvalidInputException> error) {
        List<Shell> shells = new ArrayList<>();
        List<LinearRing> holes = new ArrayList<>();
        for (int i = 0; i < rings.size(); i++) {
            Coordinate[] ring = rings.get(i);
            if (ring.length < 4) {
                throw error.apply("ring " + (i + 1) + " has " + ring.length + " points: a polygon ring needs at least 4");
            }
            if (!ring[0].equals2D(ring[ring.length - 1])) {
                throw error.apply("ring " + (i + 1) + " not closed: its last point must repeat the first");
            }
            if (Orientation.isCCW(ring)) {
                holes.add(factory.createLinearRing(ring));
            } else {
                shells.add(new Shell(factory.createLinearRing(ring)));
            }
        }
        for (LinearRing hole : holes) {
            Shell owner = smallestShellContaining(shells, hole);
            if (owner == null) {
                // a counter-clockwise ring outside every shell: writers that ignore orientation produce these
                shells.add(new Shell(hole));
            } else {
                owner.holes.add(hole);
            }
        }
        Polygon[] polygons = shells.stream()
                .map(shell -> factory.createPolygon(shell.ring, shell.holes.toArray(LinearRing[]::new)))
                .toArray(Polygon[]::new);
        if (polygons.length == 0) {
            return factory.createPolygon();
        }
        return polygons.length == 1 ? polygons[0] : factory.createMultiPolygon(polygons);
    }

    private static Shell smallestShellContaining(List<Shell> shells, LinearRing hole) {
        Shell best = null;
        for (Shell shell : shells) {
            if (shell.envelope.covers(hole.getEnvelopeInternal()) && contains(shell, hole)
                    && (best == null || shell.envelope.getArea() < best.envelope.getArea())) {
                best = shell;
            }
        }
        return best;
    }

    /** A hole may touch its shell at vertices, so decide on the first hole vertex not on the shell's boundary. */
    private static boolean contains(Shell shell, LinearRing hole) {
        Coordinate[] shellPoints = shell.ring.getCoordinates();
        for (Coordinate point : hole.getCoordinates()) {
            int location = PointLocation.locateInRing(point, shellPoints);
            if (location != Location.BOUNDARY) {
                return location == Location.INTERIOR;
            }
        }
        return false;
    }

    private static final class Shell {
        final LinearRing ring;
        final Envelope envelope;
        final List<LinearRing> holes = new ArrayList<>();

        Shell(LinearRing ring) {
            this.ring = ring;
            this.envelope = ring.getEnvelopeInternal();
        }
    }
}
