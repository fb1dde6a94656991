package org.welfareintelligence.privacy;

import java.util.List;
import org.welfareintelligence.privacy.SmallCountSuppression.Relation;

/**
 * One quantity (residents, families, a target's demand in one period) over a territorial hierarchy, with the
 * cells that controlled readers may not see. Cells {@code 0 .. sections-1} are census sections, the others
 * areas; the relations say which cells add up to which. Plain Java: {@code territory.TerritorialDisclosure}
 * builds the cells from the database and answers every territorial count through one of these.
 */
public final class ProtectedQuantity {

    /** Territorial figures are estimates with fractions of people; two decimals are published. */
    private static final int DECIMALS = 2;
    /** A zone of this many people or more always shows a figure, perturbed if it holds withheld sections. */
    public static final double SHOWN_FROM = 20;

    private final double[] values;
    private final int sections;
    private final boolean[] withheld;
    private final double[] sectionKey;
    /** The withheld part of a zone is rounded to a multiple of k: wider than any count from 1 to k − 1. */
    private final double roundingBase;

    private ProtectedQuantity(double[] values, int sections, boolean[] withheld, double[] sectionKey, int minCount) {
        this.values = values;
        this.sections = sections;
        this.withheld = withheld;
        this.sectionKey = sectionKey;
        this.roundingBase = minCount;
    }

    /**
     * @param values    every cell's value, areas being the sums of their sections
     * @param sections  how many of the first cells are sections
     * @param relations the published totals and the cells each one sums
     * @param sectionKey one secret uniform key in [0, 1) per section ({@link PerturbationKeys})
     */
    public static ProtectedQuantity protect(double[] values, int sections, List<Relation> relations, int minCount,
                                            double[] sectionKey) {
        if (sections > values.length) {
            throw new IllegalArgumentException(sections + " sections but " + values.length + " cells");
        }
        if (sectionKey.length != sections) {
            throw new IllegalArgumentException(sections + " sections but " + sectionKey.length + " keys");
        }
        return new ProtectedQuantity(values.clone(), sections,
                new SmallCountSuppression(minCount).suppress(values, relations), sectionKey.clone(), minCount);
    }

    public int cells() {
        return values.length;
    }

    /** Whether controlled readers may not see this cell exactly. */
    public boolean withheld(int cell) {
        return withheld[cell];
    }

    /** One cell as a reader sees it: exact for uncontrolled readers and published cells. */
    public Count cell(int cell, boolean controlled) {
        if (!controlled || !withheld[cell]) {
            return Count.exact(values[cell]).rounded(DECIMALS);
        }
        return Count.withheld();
    }

    /**
     * The sum over a set of sections (a drawn zone, a catchment) as a reader sees it. Exact when none of them is
     * withheld, since the reader could add the published sections up. Otherwise the published sections' sum
     * plus the withheld part W randomly rounded to a multiple of k (down or up, up with probability frac(W / k),
     * so unbiased), the draw fixed by the withheld sections' own keys: the same question always gets the same
     * answer, two zones holding the same withheld sections round them alike, and the difference of two zones
     * that differ by one withheld section is a multiple of k, never its count of 1 to k − 1. Labelled perturbed.
     * It is shown when above {@link #SHOWN_FROM} − k, which holds for every zone of at least SHOWN_FROM people
     * (rounding takes off less than k), and withheld below; the decision reads the shown figure only.
     */
    public Count sum(int[] sectionCells, boolean controlled) {
        double published = 0;
        double hidden = 0;
        double key = 0;
        boolean anyHidden = false;
        for (int s : sectionCells) {
            checkSection(s);
            if (controlled && withheld[s]) {
                anyHidden = true;
                hidden += values[s];
                key += sectionKey[s];
            } else {
                published += values[s];
            }
        }
        if (!anyHidden) {
            return Count.exact(published).rounded(DECIMALS);
        }
        double shown = published + randomlyRounded(hidden, key - Math.floor(key));
        return shown > SHOWN_FROM - roundingBase ? Count.perturbed(shown).rounded(DECIMALS) : Count.withheld();
    }

    /** {@code value} rounded down or up to a multiple of k: up when the uniform {@code key} falls below the remainder. */
    private double randomlyRounded(double value, double key) {
        double below = Math.floor(value / roundingBase) * roundingBase;
        double remainder = (value - below) / roundingBase;
        return key < remainder ? below + roundingBase : below;
    }

    /**
     * What an analysis may use for one section on the reader's behalf: its value when published, 0 when
     * withheld, so that everything the analysis returns is a function of published figures.
     */
    public double analysisValue(int sectionCell, boolean controlled) {
        checkSection(sectionCell);
        return controlled && withheld[sectionCell] ? 0 : values[sectionCell];
    }

    private void checkSection(int cell) {
        if (cell < 0 || cell >= sections) {
            throw new IllegalArgumentException("cell " + cell + " is not a section (0.." + (sections - 1) + ")");
        }
    }
}
