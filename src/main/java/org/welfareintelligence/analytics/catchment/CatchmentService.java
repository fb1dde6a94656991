package org.welfareintelligence.analytics.catchment;

import java.util.ArrayList;
import java.util.List;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.welfareintelligence.analytics.cost.TravelCostModel;
import org.welfareintelligence.analytics.cost.TravelCosts;
import org.welfareintelligence.analytics.inputs.StudyInputs;
import org.welfareintelligence.analytics.inputs.StudyTime;
import org.welfareintelligence.analytics.inputs.StudySections;
import org.welfareintelligence.analytics.inputs.StudySupply;
import org.welfareintelligence.analytics.measure.Catchments;
import org.welfareintelligence.analytics.measure.Overlaps;
import org.welfareintelligence.analytics.measure.SparseCosts;
import org.welfareintelligence.privacy.AnswerCache;
import org.welfareintelligence.privacy.Count;
import org.welfareintelligence.privacy.DisclosureControl;

/** Catchments of a service type's centres for a target, and their overlaps in residents. */
@Service
public class CatchmentService {

    /** Overlap classes: reached from 2, 3, 4 or 5 and more centres. */
    static final int MAX_OVERLAP_CLASS = 5;

    /** One centre's catchment: who it is nearest to, and its load (target demand / capacity places). */
    public record Catchment(String facility, String name, double lon, double lat, double capacity, int sections,
                            Count residents, Count demand, Double load, List<Count> demandByBand) {
    }

    public record CatchmentSummary(String target, String serviceType, String unit, double cutoff,
                                   List<Double> bandUpperBounds, List<Catchment> catchments) {
    }

    /** Two centres whose reach overlaps, and the residents they share. */
    public record Overlap(String facilityA, String facilityB, int sharedSections, Count sharedResidents) {
    }

    /** Sections reached from {@code centres} centres ("5+" for five or more), with their residents. */
    public record OverlapClass(String centres, int minCentres, int sections, Count residents) {
    }

    /** The overlap layer: each section's class (index into {@code classes}, -1 = reached by fewer than two). */
    public record OverlapLayer(long[] sectionIds, int[] sectionClass, List<OverlapClass> classes) {
    }

    /** The catchments for a map: each section's centre (index into {@code catchments}, -1 = none within reach). */
    public record CatchmentLayer(long[] sectionIds, int[] centreOfSection, CatchmentSummary summary) {
    }

    private final StudyInputs inputs;
    private final TravelCosts costs;
    private final DisclosureControl disclosure;

    CatchmentService(StudyInputs inputs, TravelCosts costs, DisclosureControl disclosure) {
        this.inputs = inputs;
        this.costs = costs;
        this.disclosure = disclosure;
    }

    /** Every centre's catchment, and the sections each one serves, as the current reader may see them. */
    @Cacheable(cacheNames = AnswerCache.ANALYSES, keyGenerator = AnswerCache.KEYS)
    public CatchmentLayer catchments(String target, String serviceType, StudyTime time, double cutoff, String bands,
                                     String costModel) {
        CatchmentAnalysis analysis = analyse(target, serviceType, time, cutoff, bands, costModel);
        return new CatchmentLayer(analysis.sections().id(), analysis.catchments().assignment(),
                summary(analysis, target, serviceType));
    }

    private CatchmentSummary summary(CatchmentAnalysis analysis, String target, String serviceType) {
        StudySupply supply = analysis.supply();
        double[] residents = analysis.sumByCentre(analysis.sections().population());
        double[] demand = analysis.sumByCentre(analysis.demand());
        double[] ones = new double[analysis.sections().size()];
        java.util.Arrays.fill(ones, 1);
        double[] sections = analysis.sumByCentre(ones);
        double[] load = analysis.catchments().load();
        double[][] byBand = analysis.catchments().demandByBand();
        List<Catchment> rows = new ArrayList<>(supply.size());
        for (int j = 0; j < supply.size(); j++) {
            List<Count> bands = new ArrayList<>();
            for (double value : byBand[j]) {
                bands.add(disclosure.count(value));
            }
            Count people = disclosure.count(demand[j]);
            rows.add(new Catchment(supply.code()[j], supply.name()[j], supply.lon()[j], supply.lat()[j],
                    supply.capacity()[j], (int) sections[j], disclosure.count(residents[j]), people,
                    Double.isFinite(load[j]) ? disclosure.rate(load[j], people) : null, bands));
        }
        List<Double> bounds = new ArrayList<>();
        for (double bound : analysis.bandUpperBounds()) {
            bounds.add(bound);
        }
        return new CatchmentSummary(target, serviceType, analysis.unit(), analysis.cutoff(), bounds, rows);
    }

    /** The pairs of centres whose reach overlaps, as the current reader may see them. */
    @Cacheable(cacheNames = AnswerCache.ANALYSES, keyGenerator = AnswerCache.KEYS)
    public List<Overlap> overlapPairs(String target, String serviceType, StudyTime time, double cutoff,
                                      String costModel) {
        CatchmentAnalysis analysis = analyse(target, serviceType, time, cutoff, null, costModel);
        StudySupply supply = analysis.supply();
        List<Overlap> pairs = new ArrayList<>();
        for (Overlaps.Pair pair : analysis.overlaps().pairs()) {
            pairs.add(new Overlap(supply.code()[pair.a()], supply.code()[pair.b()], pair.sharedOrigins(),
                    disclosure.count(pair.sharedPopulation())));
        }
        return pairs;
    }

    /** Sections reachable from 2, 3, 4 or 5+ centres, as the current reader may see their residents. */
    @Cacheable(cacheNames = AnswerCache.ANALYSES, keyGenerator = AnswerCache.KEYS)
    public OverlapLayer overlapLayer(String target, String serviceType, StudyTime time, double cutoff,
                                     String costModel) {
        CatchmentAnalysis analysis = analyse(target, serviceType, time, cutoff, null, costModel);
        int[] reach = analysis.overlaps().reachableCount();
        int[] overlapClass = new int[reach.length];
        double[] residents = new double[MAX_OVERLAP_CLASS + 1];
        int[] sections = new int[MAX_OVERLAP_CLASS + 1];
        for (int i = 0; i < reach.length; i++) {
            overlapClass[i] = reach[i] >= 2 ? Math.min(reach[i], MAX_OVERLAP_CLASS) - 2 : -1;
            if (overlapClass[i] >= 0) {
                residents[overlapClass[i]] += analysis.sections().population()[i];
                sections[overlapClass[i]]++;
            }
        }
        List<OverlapClass> classes = new ArrayList<>();
        for (int k = 0; k <= MAX_OVERLAP_CLASS - 2; k++) {
            classes.add(new OverlapClass(k + 2 == MAX_OVERLAP_CLASS ? MAX_OVERLAP_CLASS + "+" : String.valueOf(k + 2),
                    k + 2, sections[k], disclosure.count(residents[k])));
        }
        return new OverlapLayer(analysis.sections().id(), overlapClass, classes);
    }

    /** {@code bands}: increasing upper bounds such as "500,1000"; the cutoff closes the last band. */
    @Cacheable(cacheNames = AnswerCache.ANALYSES, keyGenerator = AnswerCache.KEYS)
    public CatchmentAnalysis analyse(String target, String serviceType, StudyTime time, double cutoff, String bands,
                                     String costModel) {
        if (!(cutoff > 0) || Double.isInfinite(cutoff)) {
            throw new IllegalArgumentException("cutoff must be a positive number, got " + cutoff);
        }
        double[] bounds = bandBounds(bands, cutoff);
        StudySupply supply = inputs.supply(serviceType, time);
        StudySections sections = inputs.sections();
        double[] demand = inputs.demand(sections, target, time);
        TravelCostModel model = costs.model(costModel);
        SparseCosts toCentres = model.sectionsToFacilities(sections, supply, cutoff);
        Catchments catchments = Catchments.allocate(toCentres, demand, supply.capacity(), bounds);
        Overlaps overlaps = Overlaps.of(toCentres, sections.population(), cutoff);
        return new CatchmentAnalysis(sections, supply, demand, model.unit(), cutoff, bounds, catchments, overlaps);
    }

    private static double[] bandBounds(String bands, double cutoff) {
        if (bands == null || bands.isBlank()) {
            return new double[] {cutoff / 2, cutoff};
        }
        String[] parts = bands.split(",");
        double[] bounds = new double[parts.length + 1];
        for (int k = 0; k < parts.length; k++) {
            try {
                bounds[k] = Double.parseDouble(parts[k].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bands: '" + parts[k].trim() + "' is not a number");
            }
            if (bounds[k] <= 0 || bounds[k] >= cutoff || (k > 0 && bounds[k] <= bounds[k - 1])) {
                throw new IllegalArgumentException("bands must be increasing positive bounds below the cutoff " + cutoff);
            }
        }
        bounds[parts.length] = cutoff;
        return bounds;
    }
}
