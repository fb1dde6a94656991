package org.welfareintelligence.analytics.gap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.welfareintelligence.analytics.accessibility.AccessibilityRequest;
import org.welfareintelligence.analytics.accessibility.AccessibilityResult;
import org.welfareintelligence.analytics.accessibility.AccessibilityService;
import org.welfareintelligence.analytics.inputs.Level;
import org.welfareintelligence.analytics.inputs.StudyInputs;
import org.welfareintelligence.analytics.inputs.Units;
import org.welfareintelligence.analytics.measure.ServiceGap;
import org.welfareintelligence.privacy.AnswerCache;
import org.welfareintelligence.privacy.Count;
import org.welfareintelligence.privacy.DisclosureControl;

/**
 * Over- and under-served units. The places available to a section are its share of every reachable centre's
 * places by 2SFCA (accessibility × demand), so places are counted where people can reach them, not only where
 * the building stands, and they add up to the centres' capacity. Units are compared with a benchmark rate of
 * places per 1,000 target people: the city's, a norm, or the pooled rate of demographic peers.
 */
@Service
public class GapService {

    /** Demographic features that define peers, as shares of residents (plus the density of residents). */
    static final String[] PEER_TARGETS = {"P_ELDERLY_65_PLUS", "P_MINORS", "P_FOREIGN_RESIDENTS"};

    public enum Benchmark { CITY, NORM, PEERS }

    public record GapRequest(AccessibilityRequest accessibility, Level level, Benchmark benchmark, Double norm,
                             double tolerance, Double staffPerPlace, int peers) {
    }

    public record GapResult(GapRequest request, Units units, double[] people, double[] places, double[] benchmark,
                            ServiceGap.Result gap, double staffPerPlace, int[][] peers) {
    }

    /** One unit against its benchmark; gaps are positive when places are missing, negative when in surplus. */
    public record UnitGap(String code, String name, Count demand, Double places, Double placesPerThousand,
                          Double benchmark, String status, Double gapPlaces, Double gapStaff, List<String> peers) {
    }

    public record GapReport(String target, String serviceType, String level, String benchmark, double tolerance,
                            double staffPerPlace, List<UnitGap> units) {
    }

    private final AccessibilityService accessibility;
    private final StudyInputs inputs;
    private final DisclosureControl disclosure;

    GapService(AccessibilityService accessibility, StudyInputs inputs, DisclosureControl disclosure) {
        this.accessibility = accessibility;
        this.inputs = inputs;
        this.disclosure = disclosure;
    }

    /** The gaps as the current reader may see them. */
    @Cacheable(cacheNames = AnswerCache.ANALYSES, keyGenerator = AnswerCache.KEYS)
    public GapReport report(GapRequest request) {
        GapResult result = analyse(request);
        List<UnitGap> units = new ArrayList<>();
        for (int u = 0; u < result.units().size(); u++) {
            double people = result.people()[u];
            Count shown = disclosure.count(people);
            double rate = people > 0 ? result.places()[u] / people * 1000 : Double.NaN;
            List<String> peerCodes = null;
            if (result.peers() != null) {
                peerCodes = new ArrayList<>();
                for (int v : result.peers()[u]) {
                    peerCodes.add(result.units().code()[v]);
                }
            }
            units.add(new UnitGap(result.units().code()[u], result.units().name()[u], shown,
                    disclosure.rate(round(result.places()[u]), shown),
                    Double.isFinite(rate) ? disclosure.rate(rate, shown) : null,
                    Double.isFinite(result.benchmark()[u]) ? result.benchmark()[u] : null,
                    result.gap().status()[u].name(), disclosure.rate(round(result.gap().gapPlaces()[u]), shown),
                    disclosure.rate(round(result.gap().gapStaff()[u]), shown), peerCodes));
        }
        return new GapReport(request.accessibility().target(), request.accessibility().serviceType(),
                result.units().level().code(), request.benchmark().name().toLowerCase(Locale.ROOT),
                request.tolerance(), result.staffPerPlace(), units);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    public static Benchmark parseBenchmark(String text) {
        try {
            return Benchmark.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown benchmark '" + text + "': use city, norm or peers");
        }
    }

    @Cacheable(cacheNames = AnswerCache.ANALYSES, keyGenerator = AnswerCache.KEYS)
    public GapResult analyse(GapRequest request) {
        if (request.benchmark() == Benchmark.NORM && (request.norm() == null || !(request.norm() >= 0))) {
            throw new IllegalArgumentException("benchmark=norm needs norm, the places per 1,000 target people (>= 0)");
        }
        if (!(request.tolerance() >= 0 && request.tolerance() < 1)) {
            throw new IllegalArgumentException("tolerance must be in [0, 1), got " + request.tolerance());
        }
        if (request.staffPerPlace() != null && !(request.staffPerPlace() >= 0)) {
            throw new IllegalArgumentException("staffPerPlace must not be negative, got " + request.staffPerPlace());
        }
        AccessibilityResult access = accessibility.compute(request.accessibility());
        Units units = Units.of(access.sections(), request.level());
        double[] people = units.sum(access.demand());
        double[] places = units.sum(access.attributedPlaces());
        double[] benchmark = new double[units.size()];
        int[][] peers = null;
        switch (request.benchmark()) {
            case CITY -> {
                double cityRate = ServiceGap.cityRate(places, people);
                if (Double.isNaN(cityRate)) {
                    throw new IllegalArgumentException("the city average is undefined: no demand of this target is "
                            + "loaded, or all of it is withheld for your role (a norm can still serve as benchmark)");
                }
                Arrays.fill(benchmark, cityRate);
            }
            case NORM -> Arrays.fill(benchmark, request.norm());
            case PEERS -> {
                peers = PeerDistricts.nearest(peerFeatures(access, units), request.peers());
                benchmark = PeerDistricts.benchmark(peers, places, people);
            }
        }
        double staffPerPlace = request.staffPerPlace() != null ? request.staffPerPlace()
                : Double.isNaN(access.supply().staffPerPlace()) ? 0 : access.supply().staffPerPlace();
        ServiceGap.Result gap = ServiceGap.against(places, people, benchmark, request.tolerance(), staffPerPlace);
        return new GapResult(request, units, people, places, benchmark, gap, staffPerPlace, peers);
    }

    private double[][] peerFeatures(AccessibilityResult access, Units units) {
        double[] residents = units.sum(access.sections().population());
        double[][] features = new double[PEER_TARGETS.length + 2][];
        for (int f = 0; f < PEER_TARGETS.length; f++) {
            features[f] = share(units.sum(inputs.demand(access.sections(), PEER_TARGETS[f],
                    access.request().time())), residents);
        }
        features[PEER_TARGETS.length] = share(access.demand().length == 0 ? new double[0] : units.sum(access.demand()),
                residents);
        double[] area = access.sections().areaKm2().clone();
        for (int i = 0; i < area.length; i++) {
            area[i] = Double.isNaN(area[i]) ? 0 : area[i];
        }
        double[] unitArea = units.sum(area);
        double[] logDensity = new double[units.size()];
        for (int u = 0; u < units.size(); u++) {
            logDensity[u] = unitArea[u] > 0 ? Math.log1p(residents[u] / unitArea[u]) : 0;
        }
        features[PEER_TARGETS.length + 1] = logDensity;
        return features;
    }

    private static double[] share(double[] part, double[] whole) {
        double[] share = new double[part.length];
        for (int u = 0; u < part.length; u++) {
            share[u] = whole[u] > 0 ? part[u] / whole[u] : 0;
        }
        return share;
    }
}
