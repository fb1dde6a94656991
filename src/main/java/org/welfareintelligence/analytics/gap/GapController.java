package org.welfareintelligence.analytics.gap;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.welfareintelligence.analytics.AnalyticsProperties;
import org.welfareintelligence.analytics.accessibility.AccessibilityRequest;
import org.welfareintelligence.analytics.export.Table;
import org.welfareintelligence.analytics.export.TableFormat;
import org.welfareintelligence.analytics.inputs.Level;
import org.welfareintelligence.privacy.DisclosureControl;

@RestController
@Tag(name = "Analytics")
public class GapController {

    /** One unit against its benchmark; gaps are positive when places are missing, negative when in surplus. */
    public record UnitGap(String code, String name, Double demand, Double places, Double placesPerThousand,
                          Double benchmark, String status, Double gapPlaces, Double gapStaff, List<String> peers) {
    }

    public record GapReport(String target, String serviceType, String level, String benchmark, double tolerance,
                            double staffPerPlace, List<UnitGap> units) {
    }

    private final GapService gaps;
    private final DisclosureControl disclosure;
    private final AnalyticsProperties properties;

    GapController(GapService gaps, DisclosureControl disclosure, AnalyticsProperties properties) {
        this.gaps = gaps;
        this.disclosure = disclosure;
        this.properties = properties;
    }

    @Operation(summary = "Over- and under-served units against a benchmark of places per 1,000 target people",
            description = "Places per unit are the 2SFCA shares of every reachable centre's places (within cutoff). "
                    + "benchmark: city (the city's own rate), norm (norm = places per 1,000) or peers (pooled rate "
                    + "of the `peers` units nearest in standardised demographic space: shares of residents 65+, "
                    + "minors, foreign residents and of the target, and log density). A unit is UNDER or OVER when "
                    + "its rate differs from the benchmark by more than tolerance (a fraction). gapStaff = gapPlaces "
                    + "× staff per place (staffPerPlace, else the service type's staff_fte / capacity).")
    @GetMapping("/api/analytics/gaps")
    ResponseEntity<?> gaps(@RequestParam String target, @RequestParam String serviceType,
                           @RequestParam(defaultValue = "neighbourhood") String level,
                           @RequestParam(defaultValue = "city") String benchmark,
                           @Parameter(description = "places per 1,000 target people, for benchmark=norm")
                           @RequestParam(required = false) Double norm,
                           @RequestParam(defaultValue = "0.1") double tolerance,
                           @RequestParam(required = false) Double staffPerPlace,
                           @RequestParam(defaultValue = "5") int peers,
                           @RequestParam(required = false) Double cutoff,
                           @RequestParam(required = false) String costs,
                           @RequestParam(required = false) String period,
                           @RequestParam(defaultValue = "json") String format) {
        AccessibilityRequest access = AccessibilityRequest.of(target, serviceType, period, "2sfca", cutoff, null, null,
                null, costs, properties.defaultCutoff());
        GapService.GapResult result = gaps.analyse(new GapService.GapRequest(access, Level.parse(level),
                GapService.parseBenchmark(benchmark), norm, tolerance, staffPerPlace, peers));
        List<UnitGap> units = new ArrayList<>();
        for (int u = 0; u < result.units().size(); u++) {
            double people = result.people()[u];
            double rate = people > 0 ? result.places()[u] / people * 1000 : Double.NaN;
            List<String> peerCodes = null;
            if (result.peers() != null) {
                peerCodes = new ArrayList<>();
                for (int v : result.peers()[u]) {
                    peerCodes.add(result.units().code()[v]);
                }
            }
            units.add(new UnitGap(result.units().code()[u], result.units().name()[u], disclosure.count(people),
                    disclosure.rate(round(result.places()[u]), people), finite(rate) == null ? null : disclosure.rate(rate, people),
                    finite(result.benchmark()[u]), result.gap().status()[u].name(),
                    disclosure.rate(round(result.gap().gapPlaces()[u]), people),
                    disclosure.rate(round(result.gap().gapStaff()[u]), people), peerCodes));
        }
        Table table = Table.of("gaps-" + serviceType + "-" + target + "-" + result.units().level().code(),
                "code", "name", "demand", "places", "places_per_1000", "benchmark", "status", "gap_places", "gap_staff");
        units.forEach(g -> table.row(g.code(), g.name(), g.demand(), g.places(), g.placesPerThousand(), g.benchmark(),
                g.status(), g.gapPlaces(), g.gapStaff()));
        return TableFormat.respond(format, new GapReport(target, serviceType, result.units().level().code(),
                benchmark.toLowerCase(java.util.Locale.ROOT), tolerance, result.staffPerPlace(), units), table);
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
