package org.welfareintelligence.estimates;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.welfareintelligence.estimates.core.GradedEstimate;
import org.welfareintelligence.privacy.Count;
import org.welfareintelligence.territory.AreaLevel;
import org.welfareintelligence.territory.TerritorialDisclosure;

/**
 * The 80 % interval of a graded target at every level: the range of the estimates at the gradient's weak and strong
 * strengths and at the assumed one ({@link GradedEstimate}). Each strength keeps the city total, so an area's bounds
 * are its sums at the two strengths, released like the demand itself. Bounds are only given to readers whose figures
 * are not controlled: from a section's bound and its class, the withheld estimate would follow.
 */
@Service
public class EstimateIntervals {

    /** The lower and upper bound of one unit's estimate. */
    public record Bounds(Count low, Count high) {
    }

    /** A graded target's interval in one period, at every level. */
    public static final class Interval {

        private final TerritorialDisclosure.Release weak;
        private final TerritorialDisclosure.Release strong;

        private Interval(TerritorialDisclosure.Release weak, TerritorialDisclosure.Release strong) {
            this.weak = weak;
            this.strong = strong;
        }

        /** A section's bounds around its {@code estimate}; {@code null} for a reader whose figures are controlled. */
        public Bounds section(String code, Count estimate) {
            return bounds(estimate, weak.section(code), strong.section(code));
        }

        public Bounds area(AreaLevel level, String code, Count estimate) {
            return bounds(estimate, weak.area(level, code), strong.area(level, code));
        }

        private Bounds bounds(Count estimate, Count atWeak, Count atStrong) {
            if (weak.controlled() || estimate.isWithheld()) {
                return null;
            }
            Count low = estimate;
            Count high = estimate;
            for (Count c : List.of(atWeak, atStrong)) {
                low = c.value() < low.value() ? c : low;
                high = c.value() > high.value() ? c : high;
            }
            return new Bounds(low.rounded(2), high.rounded(2));
        }
    }

    private final JdbcTemplate jdbc;
    private final TerritorialDisclosure disclosure;

    EstimateIntervals(JdbcTemplate jdbc, TerritorialDisclosure disclosure) {
        this.jdbc = jdbc;
        this.disclosure = disclosure;
    }

    /** Whether the target's flat rate is graded by deprivation. */
    public boolean graded(long targetId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM target_deprivation_gradient WHERE target_id = ?)", Boolean.class,
                targetId));
    }

    /** The target's interval in the period; empty when the target is not graded or has no graded figures then. */
    public Optional<Interval> of(long targetId, String period) {
        if (!graded(targetId) || !Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM demand_estimate WHERE target_id = ? AND period = ?)", Boolean.class,
                targetId, period))) {
            return Optional.empty();
        }
        return Optional.of(new Interval(atStrength(targetId, period, GradedEstimate.WEAK),
                atStrength(targetId, period, GradedEstimate.STRONG)));
    }

    private TerritorialDisclosure.Release atStrength(long targetId, String period, double strength) {
        return disclosure.release("estimate:" + targetId + ":" + period + ":" + strength, () -> {
            Flat flat = Flat.load(jdbc, targetId, period, Flat.classes(jdbc, period));
            double[] graded = GradedEstimate.grade(flat.values(), flat.classes(), Gradients.load(jdbc).of(targetId),
                    strength);
            Map<Long, Double> values = new java.util.HashMap<>();
            for (int s = 0; s < graded.length; s++) {
                values.put(flat.sectionIds()[s], graded[s]);
            }
            return values;
        });
    }
}
