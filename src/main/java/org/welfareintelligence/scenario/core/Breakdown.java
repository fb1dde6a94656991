package org.welfareintelligence.scenario.core;

/**
 * A simulated year summed over groups of sections (districts) or over a part of each section's people (a target
 * group): each section's demand, people served, waiting and within reach are taken times its share (1 for a
 * whole section; a target's share of the section's demand, since the simulation assigns people of every target
 * of the scenario together). Shares of the targets add up to 1 in every section with demand, so the parts add up
 * to the year's totals.
 */
public final class Breakdown {

    /** People of the target(s) in the group, people served, waiting and with a centre in force within reach. */
    public record Totals(double demand, double served, double waiting, double withinReach) {
    }

    private Breakdown() {
    }

    /** One total per group {@code 0..groups-1}; sections of group -1 are left out. */
    public static Totals[] byGroup(Simulation.Year year, double[] share, int[] groupOf, int groups) {
        double[] demand = new double[groups];
        double[] served = new double[groups];
        double[] waiting = new double[groups];
        double[] within = new double[groups];
        for (int i = 0; i < groupOf.length; i++) {
            int g = groupOf[i];
            if (g < 0) {
                continue;
            }
            demand[g] += share[i] * year.demand()[i];
            served[g] += share[i] * year.served()[i];
            waiting[g] += share[i] * year.waiting()[i];
            within[g] += year.reached()[i] ? share[i] * year.demand()[i] : 0;
        }
        Totals[] totals = new Totals[groups];
        for (int g = 0; g < groups; g++) {
            totals[g] = new Totals(demand[g], served[g], waiting[g], within[g]);
        }
        return totals;
    }

    /** The whole year, each section counted by its share. */
    public static Totals of(Simulation.Year year, double[] share) {
        return byGroup(year, share, new int[share.length], 1)[0];
    }

    /** A part's share of each section's people ({@code part / total}; 0 where the section has nobody). */
    public static double[] shares(double[] part, double[] total) {
        double[] share = new double[total.length];
        for (int i = 0; i < total.length; i++) {
            share[i] = total[i] > 0 ? part[i] / total[i] : 0;
        }
        return share;
    }

    /** 1 for every section. */
    public static double[] whole(int sections) {
        double[] share = new double[sections];
        java.util.Arrays.fill(share, 1);
        return share;
    }
}
