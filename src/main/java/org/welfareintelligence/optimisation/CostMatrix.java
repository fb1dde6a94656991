package org.welfareintelligence.optimisation;

/**
 * Cost (distance, travel time) from each demand point to each candidate site, as the models see it.
 *
 * <p>Implementations need not store the matrix: {@link EuclideanCostMatrix} computes entries on the
 * fly and answers radius queries from a grid index, so 100,000 × 6,000 never exists in memory.
 * Costs are finite and non-negative.
 */
public interface CostMatrix {

    int demands();

    int sites();

    double cost(int demand, int site);

    /** Receives one (index, cost) pair of a radius query. */
    @FunctionalInterface
    interface Visitor {
        void visit(int index, double cost);
    }

    /** Calls {@code visitor} with every site whose cost from {@code demand} is at most {@code radius}. */
    default void sitesWithin(int demand, double radius, Visitor visitor) {
        for (int site = 0; site < sites(); site++) {
            double c = cost(demand, site);
            if (c <= radius) {
                visitor.visit(site, c);
            }
        }
    }

    /** Calls {@code visitor} with every demand point whose cost to {@code site} is at most {@code radius}. */
    default void demandsWithin(int site, double radius, Visitor visitor) {
        for (int demand = 0; demand < demands(); demand++) {
            double c = cost(demand, site);
            if (c <= radius) {
                visitor.visit(demand, c);
            }
        }
    }
}
