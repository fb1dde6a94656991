package org.welfareintelligence.estimates;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.welfareintelligence.estimates.core.DeprivationIndex.Indicator;

/**
 * The five indicators of the deprivation index as counts of the ISTAT 2011 section table, each a numerator and what it
 * is a share of (the order of {@link Indicator}):
 * <ul>
 * <li>low education: residents with primary schooling at most, literate without a title or illiterate (P50 + P51 + P52)
 *     of the residents aged 6 or more (P46);</li>
 * <li>unemployment: the labour force without work (P60 − P61) of the labour force (P60);</li>
 * <li>rented dwellings: families renting (A46) of the families by tenure (A46 + A47 + A48);</li>
 * <li>single-parent families: the section table does not count them, so the residents legally separated or divorced
 *     (P6 + P8) of the ever married (P5 + P6 + P7 + P8) stand in, the separations that make most of them;</li>
 * <li>crowding: occupants (members of resident families, PF2) per 100 m² of occupied dwellings (A44).</li>
 * </ul>
 */
public final class CensusIndicators {

    /** The columns the indicators read, besides the residents. */
    public static final List<String> COLUMNS = List.of("P46", "P50", "P51", "P52", "P60", "P61", "A46", "A47", "A48",
            "P5", "P6", "P7", "P8", "PF2", "A44");

    private CensusIndicators() {
    }

    /** The columns indicator {@code i} is counted from, as people read them (for error messages). */
    public static String columnsOf(int i) {
        return List.of("P46, P50, P51, P52", "P60, P61", "A46, A47, A48", "P5, P6, P7, P8", "PF2, A44").get(i);
    }

    /** One section's indicators: numerators and denominators in the order of {@link Indicator}. */
    public record Section(long sectionId, double residents, double[] numerators, double[] denominators) {

        /** A section whose census row lacks the indicators' columns: counted by residents, left unclassified. */
        public static Section unclassified(long sectionId, double residents) {
            return new Section(sectionId, residents, null, null);
        }
    }

    /** The indicators of one census row, {@code column} giving each column's count (0 when empty). */
    public static Section of(long sectionId, double residents, ToDoubleFunction<String> column) {
        double[] numerators = {
                column.applyAsDouble("P50") + column.applyAsDouble("P51") + column.applyAsDouble("P52"),
                column.applyAsDouble("P60") - column.applyAsDouble("P61"),
                column.applyAsDouble("A46"),
                column.applyAsDouble("P6") + column.applyAsDouble("P8"),
                column.applyAsDouble("PF2")};
        double[] denominators = {
                column.applyAsDouble("P46"),
                column.applyAsDouble("P60"),
                column.applyAsDouble("A46") + column.applyAsDouble("A47") + column.applyAsDouble("A48"),
                column.applyAsDouble("P5") + column.applyAsDouble("P6") + column.applyAsDouble("P7")
                        + column.applyAsDouble("P8"),
                column.applyAsDouble("A44") / 100};
        return new Section(sectionId, residents, numerators, denominators);
    }
}
