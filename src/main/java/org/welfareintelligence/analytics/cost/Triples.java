package org.welfareintelligence.analytics.cost;

import java.util.Arrays;
import org.welfareintelligence.analytics.measure.SparseCosts;

/** A growing list of (origin, destination, cost) triples, turned into {@link SparseCosts} once read. */
public final class Triples {

    private int[] origin = new int[1024];
    private int[] destination = new int[1024];
    private double[] cost = new double[1024];
    private int size;

    public void add(int from, int to, double value) {
        if (size == origin.length) {
            origin = Arrays.copyOf(origin, size * 2);
            destination = Arrays.copyOf(destination, size * 2);
            cost = Arrays.copyOf(cost, size * 2);
        }
        origin[size] = from;
        destination[size] = to;
        cost[size] = value;
        size++;
    }

    public SparseCosts toCosts(int origins, int destinations) {
        return SparseCosts.fromTriples(origins, destinations, Arrays.copyOf(origin, size),
                Arrays.copyOf(destination, size), Arrays.copyOf(cost, size));
    }
}
