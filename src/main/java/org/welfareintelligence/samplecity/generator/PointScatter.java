package org.welfareintelligence.samplecity.generator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

import org.locationtech.jts.geom.Coordinate;

/**
 * Dart throwing with a minimum distance that may vary in space: random points never cluster into
 * slivers, so the Voronoi cells built on them stay compact.
 */
final class PointScatter {

    private final double cellSize;
    private final ToDoubleFunction<Coordinate> minDistance;
    private final double largestMinDistance;
    // lookup only, never iterated: the output order comes from the list below
    private final Map<Long, List<Coordinate>> grid = new HashMap<>();
    private final List<Coordinate> points = new ArrayList<>();

    PointScatter(double smallestMinDistance, double largestMinDistance, ToDoubleFunction<Coordinate> minDistance) {
        this.cellSize = smallestMinDistance;
        this.largestMinDistance = largestMinDistance;
        this.minDistance = minDistance;
    }

    /** Adds a point unconditionally (e.g. one guaranteed seed per area). */
    void place(Coordinate c) {
        points.add(c);
        grid.computeIfAbsent(key(cell(c.x), cell(c.y)), k -> new ArrayList<>()).add(c);
    }

    /** Adds the point if no earlier point lies closer than the local minimum distance. */
    boolean offer(Coordinate c) {
        double d = minDistance.applyAsDouble(c);
        int reach = (int) Math.ceil(Math.max(d, largestMinDistance) / cellSize);
        long cx = cell(c.x);
        long cy = cell(c.y);
        for (long i = cx - reach; i <= cx + reach; i++) {
            for (long j = cy - reach; j <= cy + reach; j++) {
                List<Coordinate> near = grid.get(key(i, j));
                if (near == null) {
                    continue;
                }
                for (Coordinate other : near) {
                    // the larger of the two spacings keeps dense and sparse areas apart
                    double required = Math.max(d, minDistance.applyAsDouble(other));
                    if (other.distance(c) < required) {
                        return false;
                    }
                }
            }
        }
        place(c);
        return true;
    }

    /**
     * Throws darts in [minX,maxX]x[minY,maxY] until {@code count} points are accepted;
     * {@code accept} filters candidates (inside the area, thinning by density).
     */
    static List<Coordinate> scatter(PointScatter scatter, int count, double minX, double minY, double maxX, double maxY,
                                    java.util.SplittableRandom rng, Predicate<Coordinate> accept) {
        long attempts = 0;
        long limit = 5_000L * count + 100_000;
        while (scatter.points.size() < count) {
            if (++attempts > limit) {
                throw new IllegalStateException("cannot place " + count + " points with the requested spacing");
            }
            Coordinate c = new Coordinate(minX + rng.nextDouble() * (maxX - minX), minY + rng.nextDouble() * (maxY - minY));
            if (accept.test(c)) {
                scatter.offer(c);
            }
        }
        return scatter.points;
    }

    private long cell(double v) {
        return (long) Math.floor(v / cellSize);
    }

    private static long key(long i, long j) {
        return (i << 32) ^ (j & 0xffffffffL);
    }
}
