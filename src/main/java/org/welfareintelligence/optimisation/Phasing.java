package org.welfareintelligence.optimisation;

/**
 * Opening order of a set of planned sites over a horizon of years: each year's opening costs stay
 * within that year's budget (unused budget is not carried over), and the sum over years of the demand
 * weight covered within {@code radius} (by fixed and already opened sites) is as large as possible.
 * Pass opening costs of 1 to budget by number of sites.
 */
public final class Phasing {

    private final LocationData data;
    private final double radius;
    private final int[] sitesToOpen;
    private final double[] openingCost;
    private final double[] budgetPerYear;

    public Phasing(LocationData data, double radius, int[] sitesToOpen, double[] openingCost, double[] budgetPerYear) {
        this.data = data;
        this.radius = radius;
        this.sitesToOpen = sitesToOpen.clone();
        this.openingCost = openingCost.clone();
        this.budgetPerYear = budgetPerYear.clone();
    }

    public PhasingPlan solve(SolveControl control) {
        throw new UnsupportedOperationException("Phasing is not implemented yet");
    }
}
