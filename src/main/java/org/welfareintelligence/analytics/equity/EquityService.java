package org.welfareintelligence.analytics.equity;

import java.util.ArrayList;
import java.util.List;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.welfareintelligence.analytics.accessibility.AccessibilityRequest;
import org.welfareintelligence.analytics.accessibility.AccessibilityResult;
import org.welfareintelligence.analytics.accessibility.AccessibilityService;
import org.welfareintelligence.analytics.inputs.Level;
import org.welfareintelligence.analytics.inputs.Units;
import org.welfareintelligence.analytics.measure.Equity;
import org.welfareintelligence.privacy.AnswerCache;
import org.welfareintelligence.privacy.Count;
import org.welfareintelligence.privacy.DisclosureControl;

/**
 * How evenly an accessibility result is spread over the target's people: each section's value weighted by its
 * target demand. Sections without a value (no facility within reach) are counted apart, not as zeros, since
 * "no value" is not "no access" for ratios of places per person.
 */
@Service
public class EquityService {

    /** Lorenz curves are returned with at most this many points. */
    static final int LORENZ_POINTS = 101;

    public record EquityResult(String method, String groupBy, int sectionsWithValue, int sectionsWithoutValue,
                               Count demandWithoutValue, double gini, double coefficientOfVariation, double palma,
                               Equity.Theil theil, List<double[]> lorenz) {
    }

    private final AccessibilityService accessibility;
    private final DisclosureControl disclosure;

    EquityService(AccessibilityService accessibility, DisclosureControl disclosure) {
        this.accessibility = accessibility;
        this.disclosure = disclosure;
    }

    @Cacheable(cacheNames = AnswerCache.ANALYSES, keyGenerator = AnswerCache.KEYS)
    public EquityResult analyse(AccessibilityRequest request, Level groupBy) {
        if (groupBy == Level.SECTION) {
            throw new IllegalArgumentException("groupBy must be municipio, neighbourhood or census-area");
        }
        AccessibilityResult result = accessibility.compute(request);
        Units units = Units.of(result.sections(), groupBy);
        List<Integer> kept = new ArrayList<>();
        double demandWithout = 0;
        for (int i = 0; i < result.value().length; i++) {
            if (Double.isNaN(result.value()[i]) || units.unitOfSection()[i] < 0) {
                demandWithout += result.demand()[i];
            } else if (result.demand()[i] > 0) {
                kept.add(i);
            }
        }
        if (kept.isEmpty()) {
            throw new IllegalArgumentException("no section with target demand (as far as your role may see it) "
                    + "has a value within the cutoff: widen the cutoff or choose a more common target");
        }
        double[] x = new double[kept.size()];
        double[] w = new double[kept.size()];
        int[] group = new int[kept.size()];
        for (int k = 0; k < kept.size(); k++) {
            int i = kept.get(k);
            x[k] = result.value()[i];
            w[k] = result.demand()[i];
            group[k] = units.unitOfSection()[i];
        }
        return new EquityResult(request.parameters().method().code(), groupBy.code(), kept.size(),
                result.value().length - kept.size(), disclosure.count(demandWithout), Equity.gini(x, w),
                Equity.coefficientOfVariation(x, w), Equity.palma(x, w), Equity.theil(x, w, group),
                thin(Equity.lorenz(x, w)));
    }

    /** Evenly spaced points of the curve, always keeping its first and last. */
    private static List<double[]> thin(double[][] curve) {
        List<double[]> points = new ArrayList<>();
        if (curve.length <= LORENZ_POINTS) {
            points.addAll(List.of(curve));
            return points;
        }
        for (int p = 0; p < LORENZ_POINTS; p++) {
            points.add(curve[(int) Math.round((double) p * (curve.length - 1) / (LORENZ_POINTS - 1))]);
        }
        return points;
    }
}
