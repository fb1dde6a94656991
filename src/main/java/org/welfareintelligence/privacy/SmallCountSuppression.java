package org.welfareintelligence.privacy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Primary and complementary suppression of small counts in a hierarchy of totals (section → neighbourhood →
 * municipio → city), where every parent cell is the sum of its children.
 *
 * <p>Primary: a positive count below k is suppressed. Complementary: each relation "parent = Σ children"
 * must then hold either no suppressed cell or at least two, and when its parent is published the suppressed
 * children must together hold at least k — otherwise a withheld cell could be recovered by subtraction, or
 * narrowed to below k. Complements are the smallest positive published children (the least information
 * lost); when there is none, the parent is suppressed instead and the rule moves one level up. Zeros are
 * published: they identify nobody. Plain Java on arrays so that the rule can be tested by hand.
 */
public final class SmallCountSuppression {

    private final int minCount;

    public SmallCountSuppression(int minCount) {
        if (minCount < 1) {
            throw new IllegalArgumentException("the threshold k must be at least 1, got " + minCount);
        }
        this.minCount = minCount;
    }

    /** One additive relation: the cell {@code total} is the sum of the cells {@code parts}. */
    public record Relation(int total, int[] parts) {
    }

    /**
     * @param values    the count of every cell, at every level
     * @param relations the totals that are published, each with the cells it sums; a cell may take part in
     *                  several (a section sums into its neighbourhood and into its census area)
     * @return which cells must be withheld
     */
    public boolean[] suppress(double[] values, List<Relation> relations) {
        for (Relation r : relations) {
            check(r.total(), values.length);
            for (int part : r.parts()) {
                check(part, values.length);
            }
        }
        boolean[] hidden = new boolean[values.length];
        for (int i = 0; i < values.length; i++) {
            hidden[i] = values[i] > 0 && values[i] < minCount;
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Relation r : relations) {
                changed |= protect(r.total(), r.parts(), values, hidden);
            }
        }
        return hidden;
    }

    /** A tree of totals: {@code parent[i]} is the cell that cell i sums into, or -1 for a root. */
    public boolean[] suppress(double[] values, int[] parent) {
        if (values.length != parent.length) {
            throw new IllegalArgumentException(values.length + " values but " + parent.length + " parent links");
        }
        return suppress(values, relationsFromParents(parent));
    }

    /** Makes one relation safe; returns whether it withheld another cell. */
    private boolean protect(int parentCell, int[] kids, double[] values, boolean[] hidden) {
        int hiddenKids = 0;
        double hiddenMass = 0;
        for (int c : kids) {
            if (hidden[c]) {
                hiddenKids++;
                hiddenMass += values[c];
            }
        }
        int hiddenCells = hiddenKids + (hidden[parentCell] ? 1 : 0);
        boolean exposed = hiddenCells == 1 || (!hidden[parentCell] && hiddenKids > 0 && hiddenMass < minCount);
        if (!exposed) {
            return false;
        }
        int complement = smallestPublishedPositive(kids, values, hidden);
        if (complement >= 0) {
            hidden[complement] = true;
        } else if (!hidden[parentCell]) {
            hidden[parentCell] = true;
        } else {
            return false; // parent and all positive children withheld already: nothing more to give away
        }
        return true;
    }

    private static int smallestPublishedPositive(int[] kids, double[] values, boolean[] hidden) {
        int best = -1;
        for (int c : kids) {
            if (!hidden[c] && values[c] > 0 && (best < 0 || values[c] < values[best])) {
                best = c;
            }
        }
        return best;
    }

    private static List<Relation> relationsFromParents(int[] parent) {
        List<List<Integer>> parts = new ArrayList<>(parent.length);
        for (int i = 0; i < parent.length; i++) {
            parts.add(new ArrayList<>());
        }
        for (int i = 0; i < parent.length; i++) {
            int p = parent[i];
            if (p >= parent.length || p == i || p < -1) {
                throw new IllegalArgumentException("cell " + i + " has an invalid parent " + p);
            }
            if (p >= 0) {
                parts.get(p).add(i);
            }
        }
        List<Relation> relations = new ArrayList<>();
        for (int i = 0; i < parent.length; i++) {
            if (!parts.get(i).isEmpty()) {
                relations.add(new Relation(i, parts.get(i).stream().mapToInt(Integer::intValue).toArray()));
            }
        }
        return relations;
    }

    private static void check(int cell, int cells) {
        if (cell < 0 || cell >= cells) {
            throw new IllegalArgumentException("a relation names cell " + cell + " of " + cells);
        }
    }

    /**
     * A single table whose total is published: returns one flag per cell and, last, one for the total
     * (withheld when the small cells have no complement to hide behind).
     */
    public boolean[] suppressWithTotal(double[] cells) {
        double[] values = Arrays.copyOf(cells, cells.length + 1);
        int[] parent = new int[cells.length + 1];
        Arrays.fill(parent, cells.length);
        parent[cells.length] = -1;
        double total = 0;
        for (double v : cells) {
            total += v;
        }
        values[cells.length] = total;
        return suppress(values, parent);
    }
}
