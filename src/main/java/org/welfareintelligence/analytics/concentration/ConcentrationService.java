package org.welfareintelligence.analytics.concentration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.welfareintelligence.analytics.AnalyticsProperties;
import org.welfareintelligence.analytics.inputs.Level;
import org.welfareintelligence.analytics.inputs.StudyInputs;
import org.welfareintelligence.analytics.inputs.StudyTime;
import org.welfareintelligence.analytics.inputs.StudySections;
import org.welfareintelligence.analytics.inputs.Units;
import org.welfareintelligence.analytics.measure.Concentration;
import org.welfareintelligence.analytics.measure.GetisOrdGiStar;
import org.welfareintelligence.privacy.AnswerCache;
import org.welfareintelligence.privacy.Count;
import org.welfareintelligence.privacy.DisclosureControl;

/** Where a target concentrates: density, location quotient and Getis–Ord Gi* hot and cold spots. */
@Service
public class ConcentrationService {

    static final int MAX_PERMUTATIONS = 9999;

    /** The variable Gi* looks at: the count, the rate per 1,000 residents, or the density per km². */
    public enum Variable { COUNT, RATE, DENSITY }

    public record Result(String target, Units units, Variable variable, double[] count, double[] residents,
                         double[] areaKm2, double[] density, double[] locationQuotient, double[] x,
                         GetisOrdGiStar.Result giStar, int permutations) {
    }

    /**
     * One unit: the target's count, density per km², location quotient (its share of residents over the city's),
     * Gi* z-score and pseudo p-value, and hotCold from -3 (cold spot at 99 %) to 3 (hot spot at 99 %).
     */
    public record UnitConcentration(String code, String name, Count count, Count residents, Double density,
                                    Double locationQuotient, Double giZ, Double pseudoP, int hotCold) {
    }

    public record ConcentrationReport(String target, String level, String variable, int permutations,
                                      List<UnitConcentration> units) {
    }

    private final StudyInputs inputs;
    private final UnitGeometry geometry;
    private final AnalyticsProperties properties;
    private final DisclosureControl disclosure;

    ConcentrationService(StudyInputs inputs, UnitGeometry geometry, AnalyticsProperties properties,
                         DisclosureControl disclosure) {
        this.inputs = inputs;
        this.geometry = geometry;
        this.properties = properties;
        this.disclosure = disclosure;
    }

    /** The analysis as the current reader may see it. */
    @Cacheable(cacheNames = AnswerCache.ANALYSES, keyGenerator = AnswerCache.KEYS)
    public ConcentrationReport report(String target, StudyTime time, Level level, Variable variable, int permutations) {
        Result result = analyse(target, time, level, variable, permutations);
        List<UnitConcentration> units = new ArrayList<>();
        for (int u = 0; u < result.units().size(); u++) {
            Count count = disclosure.count(result.count()[u]);
            units.add(new UnitConcentration(result.units().code()[u], result.units().name()[u], count,
                    disclosure.count(result.residents()[u]),
                    finite(result.density()[u]) == null ? null : disclosure.rate(result.density()[u], count),
                    finite(result.locationQuotient()[u]) == null ? null
                            : disclosure.rate(result.locationQuotient()[u], count),
                    finite(result.giStar().z()[u]), finite(result.giStar().pseudoP()[u]), result.giStar().hotCold()[u]));
        }
        return new ConcentrationReport(result.target(), result.units().level().code(),
                result.variable().name().toLowerCase(Locale.ROOT), result.permutations(), units);
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    public static Variable parseVariable(String text) {
        try {
            return Variable.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown variable '" + text + "': use count, rate or density");
        }
    }

    @Cacheable(cacheNames = AnswerCache.ANALYSES, keyGenerator = AnswerCache.KEYS)
    public Result analyse(String target, StudyTime time, Level level, Variable variable, int permutations) {
        if (permutations < 0 || permutations > MAX_PERMUTATIONS) {
            throw new IllegalArgumentException("permutations must be between 0 and " + MAX_PERMUTATIONS
                    + ", got " + permutations);
        }
        StudySections sections = inputs.sections();
        Units units = Units.of(sections, level);
        double[] count = units.sum(inputs.demand(sections, target, time));
        double[] residents = units.sum(sections.population());
        double[] area = geometry.areaKm2(units);
        double[] density = Concentration.density(count, area);
        double[] quotient = Concentration.locationQuotient(count, residents);
        double[] x = switch (variable) {
            case COUNT -> count;
            case RATE -> perThousand(count, residents);
            case DENSITY -> zeroWhereUndefined(density);
        };
        GetisOrdGiStar.Result gi = new GetisOrdGiStar(geometry.queenNeighbours(units))
                .solve(x, permutations, properties.seed());
        return new Result(target, units, variable, count, residents, area, density, quotient, x, gi, permutations);
    }

    private static double[] perThousand(double[] count, double[] residents) {
        double[] rate = new double[count.length];
        for (int u = 0; u < count.length; u++) {
            rate[u] = residents[u] > 0 ? count[u] / residents[u] * 1000 : 0;
        }
        return rate;
    }

    private static double[] zeroWhereUndefined(double[] values) {
        double[] out = values.clone();
        for (int u = 0; u < out.length; u++) {
            out[u] = Double.isFinite(out[u]) ? out[u] : 0;
        }
        return out;
    }
}
