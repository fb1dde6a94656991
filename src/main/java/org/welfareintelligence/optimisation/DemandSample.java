package org.welfareintelligence.optimisation;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A seeded uniform sample of the demand points, as a cost matrix over the sampled rows: large
 * instances search on it first, then finish on every point.
 */
final class DemandSample implements CostMatrix {

    private final CostMatrix costs;
    private final int[] rows;
    private final int[] rowOf;

    private DemandSample(CostMatrix costs, int[] rows) {
        this.costs = costs;
        this.rows = rows;
        this.rowOf = new int[costs.demands()];
        Arrays.fill(rowOf, -1);
        for (int r = 0; r < rows.length; r++) {
            rowOf[rows[r]] = r;
        }
    }

    /** {@code size} distinct demand points drawn uniformly (partial Fisher–Yates), ascending. */
    static int[] draw(int demands, int size, long seed) {
        int[] index = new int[demands];
        Arrays.setAll(index, i -> i);
        SplittableRandom random = new SplittableRandom(seed);
        for (int s = 0; s < size; s++) {
            int pick = s + random.nextInt(demands - s);
            int tmp = index[s];
            index[s] = index[pick];
            index[pick] = tmp;
        }
        int[] sample = Arrays.copyOf(index, size);
        Arrays.sort(sample);
        return sample;
    }

    /** The same problem restricted to {@code size} sampled points (weights kept). */
    static LocationData of(LocationData data, int size, long seed) {
        int[] rows = draw(data.weights().length, size, seed);
        double[] weights = new double[rows.length];
        for (int r = 0; r < rows.length; r++) {
            weights[r] = data.weights()[rows[r]];
        }
        return new LocationData(new DemandSample(data.costs(), rows), weights, data.candidates(), data.fixed());
    }

    @Override
    public int demands() {
        return rows.length;
    }

    @Override
    public int sites() {
        return costs.sites();
    }

    @Override
    public double cost(int demand, int site) {
        return costs.cost(rows[demand], site);
    }

    @Override
    public void sitesWithin(int demand, double radius, Visitor visitor) {
        costs.sitesWithin(rows[demand], radius, visitor);
    }

    @Override
    public void demandsWithin(int site, double radius, Visitor visitor) {
        costs.demandsWithin(site, radius, (demand, c) -> {
            if (rowOf[demand] >= 0) {
                visitor.visit(rowOf[demand], c);
            }
        });
    }
}
