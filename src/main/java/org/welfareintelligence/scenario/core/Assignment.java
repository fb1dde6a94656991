package org.welfareintelligence.scenario.core;

import java.util.Arrays;
import org.welfareintelligence.analytics.measure.SparseCosts;

/**
 * Assignment of people to centres with capacity, by one explicit rule: every (section, centre) pair within the
 * cutoff is taken in increasing travel cost (ties by section, then centre), and each assigns
 * {@code min(people of the section still unassigned, places of the centre still free)}. So people go to the
 * nearest centre with room; when it is full, the next nearest within the cutoff; what is left waits at its
 * section. The order is sorted once and reused for every year.
 */
public final class Assignment {

    private final SparseCosts costs;
    /** Indices k into {@code costs} in increasing (cost, section, centre). */
    private final int[] order;
    private final int[] sectionOf;

    public Assignment(SparseCosts sectionsToCentres) {
        this.costs = sectionsToCentres;
        int pairs = costs.pairs();
        sectionOf = new int[pairs];
        for (int i = 0; i < costs.origins(); i++) {
            for (int k = costs.rowStart(i); k < costs.rowEnd(i); k++) {
                sectionOf[k] = i;
            }
        }
        // sort pair indices by cost; rows are already sorted by (cost, centre) and k ascends with the section,
        // so a stable sort on cost alone gives (cost, section, centre)
        double[] cost = new double[pairs];
        for (int k = 0; k < pairs; k++) {
            cost[k] = costs.cost(k);
        }
        this.order = sortByCost(cost);
    }

    /** Stable argsort on a primitive array (merge sort), so equal costs keep their (section, centre) order. */
    private static int[] sortByCost(double[] cost) {
        int n = cost.length;
        int[] index = new int[n];
        for (int k = 0; k < n; k++) {
            index[k] = k;
        }
        int[] buffer = new int[n];
        for (int width = 1; width < n; width *= 2) {
            for (int low = 0; low < n - width; low += 2 * width) {
                int middle = low + width;
                int high = Math.min(low + 2 * width, n);
                int a = low;
                int b = middle;
                int out = low;
                while (a < middle && b < high) {
                    buffer[out++] = cost[index[b]] < cost[index[a]] ? index[b++] : index[a++];
                }
                while (a < middle) {
                    buffer[out++] = index[a++];
                }
                while (b < high) {
                    buffer[out++] = index[b++];
                }
                System.arraycopy(buffer, low, index, low, high - low);
            }
        }
        return index;
    }

    public SparseCosts costs() {
        return costs;
    }

    /**
     * Assigns {@code people[section]} to {@code places[centre]}; fills {@code served[section]} (people placed),
     * {@code load[centre]} (people placed there) and returns the total travel cost of the people placed.
     */
    public double assign(double[] people, double[] places, double[] served, double[] load) {
        double[] left = people.clone();
        double[] free = places.clone();
        Arrays.fill(served, 0);
        Arrays.fill(load, 0);
        double travel = 0;
        for (int k : order) {
            int i = sectionOf[k];
            int j = costs.destination(k);
            double placed = Math.min(left[i], free[j]);
            if (placed > 0) {
                left[i] -= placed;
                free[j] -= placed;
                served[i] += placed;
                load[j] += placed;
                travel += placed * costs.cost(k);
            }
        }
        return travel;
    }
}
