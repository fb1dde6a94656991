package org.welfareintelligence.analytics.comparison;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.welfareintelligence.analytics.accessibility.AccessibilityRequest;
import org.welfareintelligence.analytics.gap.GapService;
import org.welfareintelligence.analytics.inputs.Level;
import org.welfareintelligence.analytics.inputs.StudyInputs;
import org.welfareintelligence.analytics.inputs.StudySections;
import org.welfareintelligence.analytics.inputs.Units;
import org.welfareintelligence.analytics.measure.Precision;
import org.welfareintelligence.privacy.AnswerCache;
import org.welfareintelligence.privacy.Count;
import org.welfareintelligence.privacy.DisclosureControl;

/**
 * Districts side by side for a funder: demand of each target (per period when there are several), the supply
 * located in the district, the places its people can reach (2SFCA shares), and the gap against the city rate.
 * Ranked by the places missing per 1,000 target people, most under-served first.
 */
@Service
public class DistrictComparisonService {

    public record DistrictFigures(String code, String name, double residents, double[] demand, double[][] demandByPeriod,
                                  int facilities, double placesLocated, double placesReachable,
                                  double placesPerThousand, double benchmark, String status, double gapPlaces,
                                  double gapStaff, int rank) {
    }

    public record Comparison(Level level, String serviceType, List<String> targets, List<List<String>> periods,
                             double cityRate, List<DistrictFigures> districts) {
    }

    public record TargetDemand(String target, Count demand, List<PeriodDemand> trend) {
    }

    public record PeriodDemand(String period, Count demand) {
    }

    public record District(int rank, String code, String name, Count residents, List<TargetDemand> demand,
                           int facilities, double placesLocated, Double placesReachable, Double placesPerThousand,
                           double cityRate, String status, Double gapPlaces, Double gapStaff) {
    }

    public record ComparisonReport(String level, String serviceType, double cityRate, List<District> districts) {
    }

    private final GapService gaps;
    private final StudyInputs inputs;
    private final DisclosureControl disclosure;

    DistrictComparisonService(GapService gaps, StudyInputs inputs, DisclosureControl disclosure) {
        this.gaps = gaps;
        this.inputs = inputs;
        this.disclosure = disclosure;
    }

    /** The comparison as the current reader may see it, ranked. */
    @Cacheable(cacheNames = AnswerCache.ANALYSES, keyGenerator = AnswerCache.KEYS)
    public ComparisonReport report(Level level, List<String> districts, List<String> targets,
                                   AccessibilityRequest access, Double staffPerPlace) {
        Comparison result = compare(level, districts, targets, access, staffPerPlace);
        List<District> rows = new ArrayList<>();
        for (DistrictFigures f : result.districts()) {
            List<TargetDemand> demand = new ArrayList<>();
            for (int k = 0; k < targets.size(); k++) {
                List<PeriodDemand> trend = new ArrayList<>();
                List<String> periods = result.periods().get(k);
                for (int p = 0; p < periods.size(); p++) {
                    trend.add(new PeriodDemand(periods.get(p), disclosure.count(f.demandByPeriod()[k][p])));
                }
                demand.add(new TargetDemand(targets.get(k), disclosure.count(f.demand()[k]), trend));
            }
            Count people = demand.get(0).demand();
            rows.add(new District(f.rank(), f.code(), f.name(), disclosure.count(f.residents()), demand, f.facilities(),
                    f.placesLocated(), disclosure.rate(round(f.placesReachable()), people),
                    Double.isFinite(f.placesPerThousand()) ? disclosure.rate(f.placesPerThousand(), people) : null,
                    f.benchmark(), f.status(), disclosure.rate(round(f.gapPlaces()), people),
                    disclosure.rate(round(f.gapStaff()), people)));
        }
        rows.sort(Comparator.comparingInt(District::rank));
        return new ComparisonReport(result.level().code(), access.serviceType(), result.cityRate(), rows);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /** The first target is the one the service's places are set against. */
    @Cacheable(cacheNames = AnswerCache.ANALYSES, keyGenerator = AnswerCache.KEYS)
    public Comparison compare(Level level, List<String> districts, List<String> targets, AccessibilityRequest access,
                              Double staffPerPlace) {
        if (level != Level.MUNICIPIO && level != Level.NEIGHBOURHOOD) {
            throw new IllegalArgumentException("districts are compared as municipio or neighbourhood units");
        }
        if (districts.size() < 2) {
            throw new IllegalArgumentException("districts: name at least two " + level.code() + " codes");
        }
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("targets: name at least one target code (see /api/targets)");
        }
        GapService.GapResult gap = gaps.analyse(new GapService.GapRequest(access, level, GapService.Benchmark.CITY,
                null, 0.1, staffPerPlace, 5));
        Units units = gap.units();
        int[] chosen = new int[districts.size()];
        for (int d = 0; d < districts.size(); d++) {
            chosen[d] = units.indexOf(districts.get(d));
            if (chosen[d] < 0) {
                throw new IllegalArgumentException("unknown " + level.code() + " '" + districts.get(d) + "'");
            }
        }
        StudySections sections = inputs.sections();
        double[] residents = units.sum(sections.population());
        List<List<String>> periods = new ArrayList<>();
        double[][] latest = new double[targets.size()][];
        double[][][] byPeriod = new double[targets.size()][][];
        for (int k = 0; k < targets.size(); k++) {
            List<String> targetPeriods = inputs.periods(inputs.targetId(targets.get(k)));
            periods.add(targetPeriods);
            byPeriod[k] = new double[targetPeriods.size()][];
            for (int p = 0; p < targetPeriods.size(); p++) {
                byPeriod[k][p] = units.sum(inputs.demand(sections, targets.get(k), access.time().withPeriod(targetPeriods.get(p))));
            }
            latest[k] = byPeriod[k].length == 0 ? new double[units.size()] : byPeriod[k][byPeriod[k].length - 1];
        }
        double[] located = new double[units.size()];
        int[] facilities = new int[units.size()];
        var supply = inputs.supply(access.serviceType(), access.time());
        Map<Long, Integer> sectionIndex = StudyInputs.index(sections);
        for (int j = 0; j < supply.size(); j++) {
            Integer i = sectionIndex.get(supply.sectionId()[j]);
            int u = i == null ? -1 : units.unitOfSection()[i];
            if (u >= 0) {
                located[u] += supply.capacity()[j];
                facilities[u]++;
            }
        }
        double[] shortfall = new double[chosen.length];
        for (int d = 0; d < chosen.length; d++) {
            int u = chosen[d];
            shortfall[d] = gap.people()[u] > 0 ? gap.gap().gapPlaces()[u] / gap.people()[u] * 1000 : Double.NEGATIVE_INFINITY;
        }
        int[] rank = Precision.descendingRanks(shortfall);
        List<DistrictFigures> figures = new ArrayList<>();
        for (int d = 0; d < chosen.length; d++) {
            int u = chosen[d];
            double[] demand = new double[targets.size()];
            double[][] trend = new double[targets.size()][];
            for (int k = 0; k < targets.size(); k++) {
                demand[k] = latest[k][u];
                trend[k] = new double[byPeriod[k].length];
                for (int p = 0; p < byPeriod[k].length; p++) {
                    trend[k][p] = byPeriod[k][p][u];
                }
            }
            double people = gap.people()[u];
            figures.add(new DistrictFigures(units.code()[u], units.name()[u], residents[u], demand, trend,
                    facilities[u], located[u], gap.places()[u],
                    people > 0 ? gap.places()[u] / people * 1000 : Double.NaN, gap.benchmark()[u],
                    gap.gap().status()[u].name(), gap.gap().gapPlaces()[u], gap.gap().gapStaff()[u], rank[d]));
        }
        return new Comparison(level, access.serviceType(), targets, periods, gap.benchmark()[0], figures);
    }
}
