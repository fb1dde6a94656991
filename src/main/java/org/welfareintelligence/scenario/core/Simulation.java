package org.welfareintelligence.scenario.core;

import org.welfareintelligence.analytics.measure.Equity;
import org.welfareintelligence.analytics.measure.FloatingCatchment;
import org.welfareintelligence.analytics.measure.SparseCosts;

/**
 * Simulates a horizon year by year: the people of each section who take the service up ({@code demand × takeUp})
 * are assigned to the centres in force by {@link Assignment}; then load and utilisation per centre, people waiting
 * per section, 2SFCA accessibility (places per person of demand within the cutoff), the share of demand with a
 * centre in force within the cutoff, the Gini and Palma of accessibility over the people, and the gap against
 * a norm of places per 1,000 people of demand (Gini and Palma are NaN in a year without demand). A centre
 * saturates in the first year its load reaches its places.
 */
public final class Simulation {

    /** Load within this many people of the places counts as full (the assignment works in doubles). */
    static final double FULL_TOLERANCE = 1e-9;

    /**
     * @param years       the horizon, increasing
     * @param demand      {@code [year][section]} people of the target(s)
     * @param places      {@code [year][centre]} places in force (see {@link SupplyPlan})
     * @param costs       section → centre travel costs, only pairs within the cutoff
     * @param cutoff      the catchment cutoff (inclusive) in the costs' unit
     * @param takeUp      share of demand that seeks the service, in [0, 1]
     * @param normPer1000 places per 1,000 people of demand the norm asks for (0 for none)
     */
    public record Input(int[] years, double[][] demand, double[][] places, SparseCosts costs, double cutoff,
                        double takeUp, double normPer1000) {

        public Input {
            if (years.length == 0) {
                throw new IllegalArgumentException("the horizon needs at least one year");
            }
            if (demand.length != years.length || places.length != years.length) {
                throw new IllegalArgumentException("demand and places need one row per year of the horizon ("
                        + years.length + ")");
            }
            for (int t = 0; t < years.length; t++) {
                if (demand[t].length != costs.origins() || places[t].length != costs.destinations()) {
                    throw new IllegalArgumentException("year " + years[t] + ": demand needs " + costs.origins()
                            + " sections and places " + costs.destinations() + " centres");
                }
            }
            if (!(takeUp >= 0 && takeUp <= 1)) {
                throw new IllegalArgumentException("take-up must be between 0 and 1, got " + takeUp);
            }
            if (!(normPer1000 >= 0) || Double.isInfinite(normPer1000)) {
                throw new IllegalArgumentException("the norm must be a number not below 0, got " + normPer1000);
            }
        }
    }

    /** One year's figures; arrays by section or by centre. */
    public record Year(int year, double[] demand, double[] seekers, double[] served, double[] waiting,
                       double[] access, boolean[] reached, double[] places, double[] load, double travel, double gini,
                       double palma) {

        public double totalDemand() {
            return sum(demand);
        }

        public double totalSeekers() {
            return sum(seekers);
        }

        public double totalServed() {
            return sum(served);
        }

        public double totalWaiting() {
            return sum(waiting);
        }

        public double totalPlaces() {
            return sum(places);
        }

        /** Demand in sections with a centre in force within the cutoff. */
        public double demandWithinReach() {
            double within = 0;
            for (int i = 0; i < demand.length; i++) {
                if (reached[i]) {
                    within += demand[i];
                }
            }
            return within;
        }

        public double shareWithinReach() {
            double total = totalDemand();
            return total > 0 ? demandWithinReach() / total : Double.NaN;
        }

        /** Mean travel cost of the people placed, NaN when nobody is. */
        public double meanTravel() {
            double placed = totalServed();
            return placed > 0 ? travel / placed : Double.NaN;
        }
    }

    /** The years simulated and, per centre, the first year it is full (0 when it never is). */
    public record Outcome(Input input, Year[] years, int[] saturationYear) {
    }

    private Simulation() {
    }

    public static Outcome run(Input input) {
        return run(input, new Assignment(input.costs()));
    }

    /**
     * Runs with an assignment order already sorted for {@code input.costs()} (shared by a baseline and its
     * scenario). Each year is simulated on its own; saturation is read from the years after.
     */
    public static Outcome run(Input input, Assignment assignment) {
        Year[] result = new Year[input.years().length];
        for (int t = 0; t < result.length; t++) {
            result[t] = year(input, assignment, t);
        }
        int[] saturation = new int[input.costs().destinations()];
        for (Year year : result) {
            for (int j = 0; j < saturation.length; j++) {
                if (saturation[j] == 0 && year.places()[j] > 0 && year.load()[j] >= year.places()[j] - FULL_TOLERANCE) {
                    saturation[j] = year.year();
                }
            }
        }
        return new Outcome(input, result, saturation);
    }

    private static Year year(Input input, Assignment assignment, int t) {
        SparseCosts costs = input.costs();
        int sections = costs.origins();
        double[] demand = input.demand()[t];
        double[] places = input.places()[t];
        double[] seekers = new double[sections];
        for (int i = 0; i < sections; i++) {
            seekers[i] = demand[i] * input.takeUp();
        }
        double[] served = new double[sections];
        double[] load = new double[costs.destinations()];
        double travel = assignment.assign(seekers, places, served, load);
        double[] waiting = new double[sections];
        for (int i = 0; i < sections; i++) {
            waiting[i] = Math.max(0, seekers[i] - served[i]);
        }
        boolean[] reached = reached(costs, places);
        double[] access = FloatingCatchment.twoStep(costs, demand, places, input.cutoff());
        boolean anyone = sum(demand) > 0;
        return new Year(input.years()[t], demand, seekers, served, waiting, access, reached, places, load, travel,
                anyone ? Equity.gini(access, demand) : Double.NaN, anyone ? Equity.palma(access, demand) : Double.NaN);
    }

    /** Whether each section has a centre in force (places above 0) within the cutoff. */
    static boolean[] reached(SparseCosts costs, double[] places) {
        boolean[] reached = new boolean[costs.origins()];
        for (int i = 0; i < reached.length; i++) {
            for (int k = costs.rowStart(i); k < costs.rowEnd(i) && !reached[i]; k++) {
                reached[i] = places[costs.destination(k)] > 0;
            }
        }
        return reached;
    }

    /** Places the norm asks for in a year, {@code normPer1000 × demand / 1000}. */
    public static double requiredPlaces(Input input, Year year) {
        return input.normPer1000() * year.totalDemand() / 1000;
    }

    static double sum(double[] values) {
        double total = 0;
        for (double v : values) {
            total += v;
        }
        return total;
    }
}
