package org.welfareintelligence.privacy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * A count of people or families as one reader may see it: the only form in which such a count leaves the
 * application (JSON, CSV, XLSX, GeoJSON, PDF, tiles). Only this package creates counts from raw figures, so an
 * output cannot carry one that skipped disclosure control. In JSON a count is a plain number, or {@code null}
 * when it is withheld.
 *
 * <p>{@link Basis#EXACT}: the figure itself. {@link Basis#PERTURBED}: a figure that could not be published
 * exactly, shown with deterministic noise instead (see docs/privacy.md). {@link Basis#WITHHELD}: nothing shown.
 */
public final class Count {

    /** How a count relates to the figure it stands for. */
    public enum Basis { EXACT, PERTURBED, WITHHELD }

    private static final Count WITHHELD = new Count(null, Basis.WITHHELD);
    private static final Count ZERO = new Count(0.0, Basis.EXACT);

    private final Double value;
    private final Basis basis;

    private Count(Double value, Basis basis) {
        this.value = value;
        this.basis = basis;
    }

    static Count exact(double value) {
        return value == 0 ? ZERO : new Count(value, Basis.EXACT);
    }

    static Count perturbed(double value) {
        return new Count(value, Basis.PERTURBED);
    }

    static Count withheld() {
        return WITHHELD;
    }

    /**
     * A count read back from a stored copy of an answer that was controlled when it was given (a saved
     * priority set): the number as it was shown, or withheld for null.
     */
    @JsonCreator
    static Count fromStoredAnswer(Double shown) {
        return shown == null ? WITHHELD : exact(shown);
    }

    /** Nobody: a zero identifies no one, so anybody may write it. */
    public static Count zero() {
        return ZERO;
    }

    /** The figure shown, {@code null} when withheld. */
    public Double value() {
        return value;
    }

    /** In JSON: the figure (a whole number without decimals), or null. */
    @JsonValue
    Number json() {
        return value == null ? null : value == Math.rint(value) && Math.abs(value) < 1e15 ? (Number) value.longValue()
                : value;
    }

    public Basis basis() {
        return basis;
    }

    public boolean isWithheld() {
        return basis == Basis.WITHHELD;
    }

    public boolean isPerturbed() {
        return basis == Basis.PERTURBED;
    }

    /** The sum of two shown counts: withheld when either is, perturbed when either is. */
    public Count plus(Count other) {
        if (isWithheld() || other.isWithheld()) {
            return WITHHELD;
        }
        Basis sum = isPerturbed() || other.isPerturbed() ? Basis.PERTURBED : Basis.EXACT;
        return new Count(value + other.value, sum);
    }

    /** The same count to {@code decimals} places (estimates are fractional; two places are plenty). */
    public Count rounded(int decimals) {
        if (value == null) {
            return this;
        }
        double scale = Math.pow(10, decimals);
        return new Count(Math.round(value * scale) / scale, basis);
    }

    /**
     * {@code this × scale / denominator}, e.g. people per 1,000 residents; {@code null} when either count is
     * withheld or the denominator is not positive.
     */
    public Double per(Count denominator, double scale) {
        if (value == null || denominator.value == null || denominator.value <= 0) {
            return null;
        }
        return value * scale / denominator.value;
    }

    /** {@code this / denominator} for a plain denominator (places, km²), {@code null} when withheld. */
    public Double per(double denominator) {
        return value == null || !(denominator > 0) ? null : value / denominator;
    }

    /** The shown figure, or {@code fallback} when withheld. */
    public double orElse(double fallback) {
        return value == null ? fallback : value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Count c && Objects.equals(value, c.value) && basis == c.basis;
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, basis);
    }

    /**
     * The figure as people read it: a whole number of people (estimates carry fractions, which nobody counts),
     * {@code null} when withheld. Exports and reports write this; JSON keeps the two decimals for API clients.
     */
    public Long wholeNumber() {
        return value == null ? null : Math.round(value);
    }

    /** The whole number as text (empty when withheld), so that templates and CSV writers can print it directly. */
    @Override
    public String toString() {
        return value == null ? "" : Long.toString(Math.round(value));
    }
}
