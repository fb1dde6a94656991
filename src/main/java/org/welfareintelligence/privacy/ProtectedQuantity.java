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

    private final double[] values;
    private final int sections;
    private final boolean[] withheld;

    private ProtectedQuantity(double[] values, int sections, boolean[] withheld) {
        this.values = values;
        this.sections = sections;
        this.withheld = withheld;
    }

    /**
     * @param values    every cell's value, areas being the sums of their sections
     * @param sections  how many of the first cells are sections
     * @param relations the published totals and the cells each one sums
     */
    public static ProtectedQuantity protect(double[] values, int sections, List<Relation> relations, int minCount) {
        if (sections > values.length) {
            throw new IllegalArgumentException(sections + " sections but " + values.length + " cells");
        }
        return new ProtectedQuantity(values.clone(), sections,
                new SmallCountSuppression(minCount).suppress(values, relations));
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
     * The sum over a set of sections (a drawn zone, a catchment) as a reader sees it: exact when none of them
     * is withheld, since the reader could add the published sections up; otherwise withheld.
     */
    public Count sum(int[] sectionCells, boolean controlled) {
        double sum = 0;
        for (int s : sectionCells) {
            checkSection(s);
            if (controlled && withheld[s]) {
                return Count.withheld();
            }
            sum += values[s];
        }
        return Count.exact(sum).rounded(DECIMALS);
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
