package org.welfareintelligence.analytics.priority;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.welfareintelligence.analytics.inputs.Level;
import org.welfareintelligence.analytics.inputs.StudyInputs;
import org.welfareintelligence.analytics.inputs.StudyTime;
import org.welfareintelligence.analytics.inputs.StudySections;
import org.welfareintelligence.analytics.inputs.Units;
import org.welfareintelligence.analytics.measure.NeedIndex;
import org.welfareintelligence.privacy.AnswerCache;
import org.welfareintelligence.privacy.Count;
import org.welfareintelligence.privacy.DisclosureControl;

/**
 * Priority ranking: a composite need index over the chosen targets, each weighted by the user. The indicator
 * of a target in a unit is its rate per 1,000 residents (how concentrated the need is) or its count (how many
 * people), normalised across units before weighting, so every score splits into per-target contributions.
 */
@Service
public class PriorityService {

    public enum Indicator { RATE, COUNT }

    public record PriorityRequest(List<String> targets, double[] weights, Level level, Indicator indicator,
                                  NeedIndex.Normalisation normalisation, StudyTime time) {
    }

    public record PriorityResult(PriorityRequest request, Units units, double[][] indicators, double[][] counts,
                                 NeedIndex.Result index) {
    }

    /** What one target adds to a unit's score: its weighted, normalised indicator. */
    public record Contribution(String target, double weight, Count count, Double indicator, double contribution) {
    }

    /** One ranked unit; its contributions add up to its score. */
    public record Priority(int rank, String code, String name, double score, List<Contribution> contributions) {
    }

    public record PriorityReport(String level, String indicator, String normalisation, List<Priority> ranking) {
    }

    private final StudyInputs inputs;
    private final DisclosureControl disclosure;

    PriorityService(StudyInputs inputs, DisclosureControl disclosure) {
        this.inputs = inputs;
        this.disclosure = disclosure;
    }

    /** The ranking, best first, as the current reader may see it; {@code limit} keeps the first ranks (null = all). */
    @Cacheable(cacheNames = AnswerCache.ANALYSES, keyGenerator = AnswerCache.KEYS)
    public PriorityReport report(PriorityRequest request, Integer limit) {
        if (limit != null && limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        PriorityResult result = rank(request);
        List<Priority> ranking = new ArrayList<>();
        for (int u = 0; u < result.units().size(); u++) {
            List<Contribution> contributions = new ArrayList<>();
            for (int k = 0; k < request.targets().size(); k++) {
                Count count = disclosure.count(result.counts()[k][u]);
                contributions.add(new Contribution(request.targets().get(k), request.weights()[k], count,
                        disclosure.rate(result.indicators()[k][u], count), result.index().contribution()[u][k]));
            }
            ranking.add(new Priority(result.index().rank()[u], result.units().code()[u], result.units().name()[u],
                    result.index().score()[u], contributions));
        }
        ranking.sort(Comparator.comparingInt(Priority::rank));
        if (limit != null) {
            ranking = ranking.subList(0, Math.min(limit, ranking.size()));
        }
        return new PriorityReport(result.units().level().code(), request.indicator().name().toLowerCase(Locale.ROOT),
                request.normalisation().name().toLowerCase(Locale.ROOT), ranking);
    }

    public static PriorityRequest request(String targets, String weights, String level, String indicator,
                                          String normalisation, StudyTime time) {
        List<String> codes = Arrays.stream(targets.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (codes.isEmpty()) {
            throw new IllegalArgumentException("targets: name at least one target code (see /api/targets)");
        }
        double[] w = new double[codes.size()];
        if (weights == null || weights.isBlank()) {
            Arrays.fill(w, 1.0 / codes.size());
        } else {
            String[] parts = weights.split(",");
            if (parts.length != codes.size()) {
                throw new IllegalArgumentException("weights: " + parts.length + " weights for " + codes.size()
                        + " targets; give one weight per target, in the same order");
            }
            for (int k = 0; k < parts.length; k++) {
                try {
                    w[k] = Double.parseDouble(parts[k].trim());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("weights: '" + parts[k].trim() + "' is not a number");
                }
                if (!(w[k] >= 0) || Double.isInfinite(w[k])) {
                    throw new IllegalArgumentException("weights must be finite and not negative, got " + parts[k].trim());
                }
            }
            if (Arrays.stream(w).sum() <= 0) {
                throw new IllegalArgumentException("weights: at least one weight must be positive");
            }
        }
        return new PriorityRequest(codes, w, Level.parse(level), parse(Indicator.class, indicator, "indicator", "rate or count"),
                parse(NeedIndex.Normalisation.class, normalisation, "normalisation", "min_max, z_score or share_of_max"),
                time);
    }

    @Cacheable(cacheNames = AnswerCache.ANALYSES, keyGenerator = AnswerCache.KEYS)
    public PriorityResult rank(PriorityRequest request) {
        StudySections sections = inputs.sections();
        Units units = Units.of(sections, request.level());
        double[] residents = units.sum(sections.population());
        double[][] indicators = new double[request.targets().size()][];
        double[][] counts = new double[request.targets().size()][];
        for (int k = 0; k < request.targets().size(); k++) {
            counts[k] = units.sum(inputs.demand(sections, request.targets().get(k), request.time()));
            indicators[k] = request.indicator() == Indicator.COUNT ? counts[k] : perThousand(counts[k], residents);
        }
        NeedIndex.Result index = new NeedIndex(indicators, request.weights(), request.normalisation()).solve();
        return new PriorityResult(request, units, indicators, counts, index);
    }

    private static double[] perThousand(double[] count, double[] residents) {
        double[] rate = new double[count.length];
        for (int u = 0; u < count.length; u++) {
            rate[u] = residents[u] > 0 ? count[u] / residents[u] * 1000 : 0;
        }
        return rate;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text, String parameter, String allowed) {
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown " + parameter + " '" + text + "': use " + allowed);
        }
    }
}
