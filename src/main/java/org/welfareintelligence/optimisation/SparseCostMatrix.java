package org.welfareintelligence.optimisation;

import java.util.Arrays;

/**
 * Costs listed for some demand–site pairs only, as an imported travel-time table within a cutoff gives them;
 * every pair not listed costs {@code unlisted} (the cutoff: "not reachable, counts as unserved"). Listed
 * costs above {@code unlisted} are capped at it. Stored twice in compressed rows, by demand point and by
 * site, so both radius queries read only listed pairs; O(listed pairs) memory.
 */
public final class SparseCostMatrix implements CostMatrix {

    private final int demands;
    private final int sites;
    private final double unlisted;
    private final Rows byDemand;
    private final Rows bySite;

    /**
     * @param demand   demand point of each listed pair, 0..demands-1
     * @param site     site of each listed pair, 0..sites-1
     * @param cost     cost of each listed pair, finite and non-negative
     * @param unlisted cost of every pair not listed, finite and non-negative
     */
    public SparseCostMatrix(int demands, int sites, int[] demand, int[] site, double[] cost, double unlisted) {
        if (demands < 1 || sites < 1) {
            throw new IllegalArgumentException("a cost matrix needs at least one demand point and one site, got "
                    + demands + " x " + sites);
        }
        if (demand == null || site == null || cost == null || demand.length != site.length
                || site.length != cost.length) {
            throw new IllegalArgumentException("listed pairs need as many demand points, sites and costs");
        }
        if (!(unlisted >= 0) || Double.isInfinite(unlisted)) {
            throw new IllegalArgumentException("the cost of unlisted pairs must be finite and non-negative, got "
                    + unlisted);
        }
        double[] capped = new double[cost.length];
        for (int k = 0; k < cost.length; k++) {
            if (demand[k] < 0 || demand[k] >= demands || site[k] < 0 || site[k] >= sites) {
                throw new IllegalArgumentException("listed pair " + k + " (" + demand[k] + ", " + site[k]
                        + ") is outside the " + demands + " x " + sites + " matrix");
            }
            if (!(cost[k] >= 0) || Double.isInfinite(cost[k])) {
                throw new IllegalArgumentException("cost of listed pair " + k + " must be finite and non-negative, got "
                        + cost[k]);
            }
            capped[k] = Math.min(cost[k], unlisted);
        }
        this.demands = demands;
        this.sites = sites;
        this.unlisted = unlisted;
        this.byDemand = new Rows(demands, demand, site, capped);
        this.bySite = new Rows(sites, site, demand, capped);
        byDemand.requireNoDuplicates("demand point", "site");
    }

    /** How many pairs are listed. */
    public int listedPairs() {
        return byDemand.column.length;
    }

    /** The cost of pairs that are not listed. */
    public double unlisted() {
        return unlisted;
    }

    @Override
    public int demands() {
        return demands;
    }

    @Override
    public int sites() {
        return sites;
    }

    @Override
    public double cost(int demand, int site) {
        int from = byDemand.start[demand];
        int to = byDemand.start[demand + 1];
        int k = Arrays.binarySearch(byDemand.column, from, to, site);
        return k >= 0 ? byDemand.value[k] : unlisted;
    }

    @Override
    public void sitesWithin(int demand, double radius, Visitor visitor) {
        within(byDemand, sites, demand, radius, visitor);
    }

    @Override
    public void demandsWithin(int site, double radius, Visitor visitor) {
        within(bySite, demands, site, radius, visitor);
    }

    /** Listed pairs within the radius; when the radius reaches the unlisted cost, every other one too. */
    private void within(Rows rows, int columns, int row, double radius, Visitor visitor) {
        int from = rows.start[row];
        int to = rows.start[row + 1];
        if (radius < unlisted) {
            for (int k = from; k < to; k++) {
                if (rows.value[k] <= radius) {
                    visitor.visit(rows.column[k], rows.value[k]);
                }
            }
            return;
        }
        int k = from;
        for (int column = 0; column < columns; column++) {
            if (k < to && rows.column[k] == column) {
                visitor.visit(column, rows.value[k++]);
            } else {
                visitor.visit(column, unlisted);
            }
        }
    }

    /** Compressed rows: the columns of row r, ascending, are column[start[r]..start[r+1]). */
    private static final class Rows {
        final int[] start;
        final int[] column;
        final double[] value;

        Rows(int rowCount, int[] row, int[] col, double[] cost) {
            start = new int[rowCount + 1];
            for (int r : row) {
                start[r + 1]++;
            }
            for (int r = 0; r < rowCount; r++) {
                start[r + 1] += start[r];
            }
            // bucket the pairs by row, then sort each row by column: keys pack the column above the pair's index
            int[] cursor = Arrays.copyOf(start, rowCount);
            long[] keys = new long[row.length];
            for (int k = 0; k < row.length; k++) {
                keys[cursor[row[k]]++] = ((long) col[k] << 32) | k;
            }
            column = new int[row.length];
            value = new double[row.length];
            for (int r = 0; r < rowCount; r++) {
                Arrays.sort(keys, start[r], start[r + 1]);
            }
            for (int q = 0; q < keys.length; q++) {
                column[q] = (int) (keys[q] >>> 32);
                value[q] = cost[(int) keys[q]];
            }
        }

        void requireNoDuplicates(String rowName, String columnName) {
            for (int r = 0; r + 1 < start.length; r++) {
                for (int k = start[r] + 1; k < start[r + 1]; k++) {
                    if (column[k] == column[k - 1]) {
                        throw new IllegalArgumentException("the pair of " + rowName + " " + r + " and " + columnName
                                + " " + column[k] + " is listed twice");
                    }
                }
            }
        }
    }
}
