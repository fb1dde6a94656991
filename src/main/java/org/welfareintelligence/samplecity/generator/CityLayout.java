package org.welfareintelligence.samplecity.generator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * The territory of the sample city: outline, 9 municipi, neighbourhoods (NIL) and census sections.
 * Each level is cut from the one above it (sectors of a ring, then Voronoi cells clipped to the parent),
 * so every level tiles its parent without gaps or overlaps. All geometries are lon/lat on a 1e-6 grid.
 */
record CityLayout(Geometry outline, List<Municipio> municipi, List<Neighbourhood> neighbourhoods, List<Section> sections) {

    static final double CITY_AREA_M2 = 181.67e6;
    static final double CENTRE_RADIUS_M = 1_800;
    /** Neighbourhoods per municipio (index 0 = municipio 1, the small historic centre): 88 in all, like Milan. */
    private static final int[] NEIGHBOURHOODS_PER_MUNICIPIO = {7, 10, 11, 9, 10, 11, 10, 10, 10};

    record Municipio(int number, Geometry geometry) {
        String name() {
            return "Municipio " + number;
        }
    }

    record Neighbourhood(int id, String name, int municipio, Geometry geometry) {
        double distanceFromCentre() {
            return LocalPlane.distanceFromCentre(geometry.getInteriorPoint().getCoordinate());
        }
    }

    record Section(int number, int neighbourhood, int municipio, Geometry geometry) {
        /** Fictitious PROCOM 99146 (Milan is 15146) followed by the 7-digit section number. */
        String code() {
            return Population.PROCOM + String.format(java.util.Locale.ROOT, "%07d", number);
        }

        double areaM2() {
            return LocalPlane.metricArea(geometry);
        }

        double distanceFromCentre() {
            return LocalPlane.distanceFromCentre(geometry.getInteriorPoint().getCoordinate());
        }
    }

    static CityLayout build(SplittableRandom rng, int sectionCount) {
        int neighbourhoodTotal = java.util.Arrays.stream(NEIGHBOURHOODS_PER_MUNICIPIO).sum();
        if (sectionCount < neighbourhoodTotal) {
            throw new IllegalArgumentException("at least " + neighbourhoodTotal + " sections are needed");
        }
        Polygon outlineMetric = polarBlob(rng.split(), CITY_AREA_M2, 720, 0.07, 0.05, 0.035, 0.02, 0.015, 0.008, 0.006);
        Geometry outline = LocalPlane.toGeoPrecise(outlineMetric);
        List<Municipio> municipi = municipi(rng.split(), outline);
        List<Neighbourhood> neighbourhoods = neighbourhoods(rng.split(), municipi);
        List<Section> sections = sections(rng.split(), outlineMetric, neighbourhoods, sectionCount);
        return new CityLayout(outline, municipi, neighbourhoods, sections);
    }

    /** A wobbly disc: radius modulated by a few random harmonics, then scaled to the wanted area. */
    private static Polygon polarBlob(SplittableRandom rng, double area, int vertices, double... amplitudes) {
        double[] phases = new double[amplitudes.length];
        for (int k = 0; k < phases.length; k++) {
            phases[k] = rng.nextDouble() * 2 * Math.PI;
        }
        Coordinate[] ring = new Coordinate[vertices + 1];
        for (int i = 0; i < vertices; i++) {
            double theta = 2 * Math.PI * i / vertices;
            double r = 1;
            for (int k = 0; k < amplitudes.length; k++) {
                r += amplitudes[k] * Math.sin((k + 2) * theta + phases[k]);
            }
            ring[i] = new Coordinate(r * Math.cos(theta), r * Math.sin(theta));
        }
        ring[vertices] = ring[0].copy();
        Polygon unit = LocalPlane.METRIC.createPolygon(ring);
        double scale = Math.sqrt(area / unit.getArea());
        for (Coordinate c : ring) {
            c.x *= scale;
            c.y *= scale;
        }
        return LocalPlane.METRIC.createPolygon(ring);
    }

    /**
     * Municipio 1 is the central disc; 2..9 are ring sectors clockwise from north-east, like Milan.
     * Sector borders are shared wiggly radial polylines, so neighbouring sectors meet exactly.
     */
    private static List<Municipio> municipi(SplittableRandom rng, Geometry outline) {
        Geometry centre = LocalPlane.overlay(
                LocalPlane.toGeoPrecise(polarBlob(rng.split(), Math.PI * CENTRE_RADIUS_M * CENTRE_RADIUS_M, 240, 0.0, 0.04, 0.03, 0.0, 0.015)),
                outline, OverlayNG.INTERSECTION);
        Geometry ring = LocalPlane.overlay(outline, centre, OverlayNG.DIFFERENCE);
        List<List<Coordinate>> borders = new ArrayList<>();
        for (int j = 0; j < 8; j++) {
            borders.add(radialBorder(rng, Math.toRadians(22.5 + 45 * j + (rng.nextDouble() - 0.5) * 12)));
        }
        List<Municipio> municipi = new ArrayList<>();
        municipi.add(new Municipio(1, centre));
        for (int j = 0; j < 8; j++) {
            Geometry wedge = LocalPlane.toGeo(wedge(borders.get(j), borders.get((j + 1) % 8)));
            municipi.add(new Municipio(j + 2, LocalPlane.overlay(ring, wedge, OverlayNG.INTERSECTION)));
        }
        return municipi;
    }

    /** A polyline from the centre outwards along a compass bearing, bending a little as it goes. */
    private static List<Coordinate> radialBorder(SplittableRandom rng, double bearing) {
        List<Coordinate> line = new ArrayList<>();
        line.add(new Coordinate(0, 0));
        double drift = 0;
        for (int step = 1; step <= 24; step++) {
            double r = step * 500.0;
            if (r > CENTRE_RADIUS_M) {
                drift = Math.max(-0.09, Math.min(0.09, drift + (rng.nextDouble() - 0.5) * 0.05));
            }
            line.add(new Coordinate(r * Math.sin(bearing + drift), r * Math.cos(bearing + drift)));
        }
        return line;
    }

    /** The area between two radial borders (clockwise), closed by a far-away arc. */
    private static Polygon wedge(List<Coordinate> from, List<Coordinate> to) {
        List<Coordinate> ring = new ArrayList<>(from);
        Coordinate a = from.get(from.size() - 1);
        Coordinate b = to.get(to.size() - 1);
        double start = Math.atan2(a.x, a.y);
        double end = Math.atan2(b.x, b.y);
        if (end < start) {
            end += 2 * Math.PI;
        }
        double r = 13_000;
        for (int i = 1; i < 16; i++) {
            double bearing = start + (end - start) * i / 16;
            ring.add(new Coordinate(r * Math.sin(bearing), r * Math.cos(bearing)));
        }
        for (int i = to.size() - 1; i >= 0; i--) {
            ring.add(to.get(i).copy());
        }
        return LocalPlane.METRIC.createPolygon(ring.toArray(Coordinate[]::new));
    }

    /** Voronoi cells of evenly spread seeds (relaxed with Lloyd's algorithm), clipped to each municipio. */
    private static List<Neighbourhood> neighbourhoods(SplittableRandom rng, List<Municipio> municipi) {
        List<String> names = PlaceNames.neighbourhoods(java.util.Arrays.stream(NEIGHBOURHOODS_PER_MUNICIPIO).sum(), rng.split());
        List<Neighbourhood> result = new ArrayList<>();
        for (Municipio municipio : municipi) {
            int count = NEIGHBOURHOODS_PER_MUNICIPIO[municipio.number() - 1];
            Geometry area = LocalPlane.toMetric(municipio.geometry());
            PreparedGeometry inside = PreparedGeometryFactory.prepare(area);
            double spacing = 0.6 * Math.sqrt(area.getArea() / count);
            Envelope env = area.getEnvelopeInternal();
            List<Coordinate> seeds = PointScatter.scatter(new PointScatter(spacing, spacing, c -> spacing), count,
                    env.getMinX(), env.getMinY(), env.getMaxX(), env.getMaxY(), rng,
                    c -> inside.contains(LocalPlane.METRIC.createPoint(c)));
            for (int iteration = 0; iteration < 4; iteration++) {
                List<Coordinate> relaxed = new ArrayList<>();
                for (Geometry cell : voronoi(seeds, env)) {
                    Geometry clipped = OverlayNG.overlay(cell, area, OverlayNG.INTERSECTION);
                    Coordinate c = clipped.getCentroid().getCoordinate();
                    relaxed.add(inside.contains(LocalPlane.METRIC.createPoint(c)) ? c : clipped.getInteriorPoint().getCoordinate());
                }
                seeds = relaxed;
            }
            // number neighbourhoods clockwise around the municipio, starting north
            Coordinate middle = area.getCentroid().getCoordinate();
            List<Coordinate> ordered = new ArrayList<>(seeds);
            ordered.sort(Comparator.comparingDouble(c -> bearing(middle, c)));
            List<Geometry> cells = voronoi(ordered, env);
            for (Geometry cell : cells) {
                Geometry clipped = LocalPlane.overlay(LocalPlane.toGeo(cell), municipio.geometry(), OverlayNG.INTERSECTION);
                int id = result.size() + 1;
                result.add(new Neighbourhood(id, names.get(id - 1), municipio.number(), clipped));
            }
        }
        return result;
    }

    private static double bearing(Coordinate from, Coordinate to) {
        double b = Math.atan2(to.x - from.x, to.y - from.y);
        return b < 0 ? b + 2 * Math.PI : b;
    }

    /**
     * Section seeds are denser near the centre (small urban blocks) and sparser at the edge
     * (large blocks, parks, farmland); each neighbourhood is then split into the Voronoi cells of its seeds.
     */
    private static List<Section> sections(SplittableRandom rng, Polygon outlineMetric, List<Neighbourhood> neighbourhoods, int count) {
        double[] phase = {rng.nextDouble() * 6.3, rng.nextDouble() * 6.3};
        java.util.function.ToDoubleFunction<Coordinate> intensity = c -> {
            double r = Math.hypot(c.x, c.y);
            double texture = Math.exp(0.25 * Math.sin(c.x / 1300 + phase[0]) * Math.cos(c.y / 1700 + phase[1]));
            return (0.45 + 4.0 * Math.exp(-r / 2300)) * texture;
        };
        double maxIntensity = 4.45 * Math.exp(0.25);
        double meanIntensity = meanOver(outlineMetric, intensity, rng.split());
        double meanSpacing = Math.sqrt(CITY_AREA_M2 / count);
        java.util.function.ToDoubleFunction<Coordinate> minDistance =
                c -> 0.55 * meanSpacing * Math.sqrt(meanIntensity / intensity.applyAsDouble(c));
        double smallest = 0.55 * meanSpacing * Math.sqrt(meanIntensity / maxIntensity);
        double largest = 0.55 * meanSpacing * Math.sqrt(meanIntensity / (0.45 * Math.exp(-0.25)));

        List<IndexedPointInAreaLocator> locators = new ArrayList<>();
        for (Neighbourhood n : neighbourhoods) {
            locators.add(new IndexedPointInAreaLocator(LocalPlane.toMetric(n.geometry())));
        }
        PointScatter scatter = new PointScatter(smallest, largest, minDistance);
        // one guaranteed seed per neighbourhood, so that none is left without sections
        for (Neighbourhood n : neighbourhoods) {
            scatter.place(LocalPlane.toMetric(n.geometry()).getInteriorPoint().getCoordinate());
        }
        Envelope env = outlineMetric.getEnvelopeInternal();
        List<Coordinate> seeds = PointScatter.scatter(scatter, count, env.getMinX(), env.getMinY(), env.getMaxX(), env.getMaxY(), rng,
                c -> rng.nextDouble() * maxIntensity < intensity.applyAsDouble(c) && locate(locators, c) >= 0);

        List<List<Coordinate>> byNeighbourhood = new ArrayList<>();
        for (int i = 0; i < neighbourhoods.size(); i++) {
            byNeighbourhood.add(new ArrayList<>());
        }
        for (Coordinate seed : seeds) {
            byNeighbourhood.get(locate(locators, seed)).add(seed);
        }
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < neighbourhoods.size(); i++) {
            Neighbourhood n = neighbourhoods.get(i);
            List<Coordinate> own = byNeighbourhood.get(i);
            // number sections in reading order (rows of 250 m, north to south, west to east)
            own.sort(Comparator.<Coordinate>comparingLong(c -> -(long) Math.floor(c.y / 250)).thenComparingDouble(c -> c.x));
            Envelope nEnv = LocalPlane.toMetric(n.geometry()).getEnvelopeInternal();
            nEnv.expandBy(500);
            for (Geometry cell : voronoi(own, nEnv)) {
                Geometry clipped = LocalPlane.overlay(LocalPlane.toGeo(cell), n.geometry(), OverlayNG.INTERSECTION);
                sections.add(new Section(sections.size() + 1, n.id(), n.municipio(), clipped));
            }
        }
        return sections;
    }

    private static int locate(List<IndexedPointInAreaLocator> locators, Coordinate c) {
        for (int i = 0; i < locators.size(); i++) {
            if (locators.get(i).locate(c) == Location.INTERIOR) {
                return i;
            }
        }
        return -1;
    }

    private static double meanOver(Polygon area, java.util.function.ToDoubleFunction<Coordinate> f, SplittableRandom rng) {
        PreparedGeometry inside = PreparedGeometryFactory.prepare(area);
        Envelope env = area.getEnvelopeInternal();
        double sum = 0;
        int n = 0;
        while (n < 20_000) {
            Coordinate c = new Coordinate(env.getMinX() + rng.nextDouble() * env.getWidth(), env.getMinY() + rng.nextDouble() * env.getHeight());
            if (inside.contains(LocalPlane.METRIC.createPoint(c))) {
                sum += f.applyAsDouble(c);
                n++;
            }
        }
        return sum / n;
    }

    /** Voronoi cells of the sites, returned in the order of the sites. */
    private static List<Geometry> voronoi(List<Coordinate> sites, Envelope clip) {
        VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
        builder.setSites(sites);
        builder.setClipEnvelope(clip);
        Geometry diagram = builder.getDiagram(LocalPlane.METRIC);
        // lookup only: cells come back in triangulation order, the result follows the sites
        Map<Coordinate, Geometry> bySite = new HashMap<>();
        for (int i = 0; i < diagram.getNumGeometries(); i++) {
            Geometry cell = diagram.getGeometryN(i);
            bySite.put((Coordinate) cell.getUserData(), cell);
        }
        List<Geometry> cells = new ArrayList<>();
        for (Coordinate site : sites) {
            Geometry cell = bySite.get(site);
            if (cell == null) {
                throw new IllegalStateException("no Voronoi cell for site " + site);
            }
            cells.add(cell);
        }
        return cells;
    }
}
