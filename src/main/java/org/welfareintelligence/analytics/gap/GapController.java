package org.welfareintelligence.analytics.gap;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.welfareintelligence.analytics.inputs.StudyTime;
import org.welfareintelligence.analytics.AnalyticsProperties;
import org.welfareintelligence.analytics.accessibility.AccessibilityRequest;
import org.welfareintelligence.analytics.export.Table;
import org.welfareintelligence.analytics.export.TableFormat;
import org.welfareintelligence.analytics.inputs.Level;
import org.welfareintelligence.web.Answer;

@RestController
@Tag(name = "Analytics")
public class GapController {

    private final GapService gaps;
    private final AnalyticsProperties properties;

    GapController(GapService gaps, AnalyticsProperties properties) {
        this.gaps = gaps;
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
    Answer<GapService.GapReport> gaps(@RequestParam String target, @RequestParam String serviceType,
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
                           @Parameter(description = StudyTime.YEAR_DOC) @RequestParam(required = false) Integer year,
                           @Parameter(description = StudyTime.DATE_DOC) @RequestParam(required = false) String date,
                           @RequestParam(defaultValue = "json") String format) {
        AccessibilityRequest access = AccessibilityRequest.of(target, serviceType, StudyTime.of(period, year, date), "2sfca", cutoff, null, null,
                null, costs, properties.defaultCutoff());
        GapService.GapReport report = gaps.report(new GapService.GapRequest(access, Level.parse(level),
                GapService.parseBenchmark(benchmark), norm, tolerance, staffPerPlace, peers));
        Table table = Table.of("gaps-" + serviceType + "-" + target + "-" + report.level(),
                "code", "name", "demand", "places", "places_per_1000", "benchmark", "status", "gap_places", "gap_staff");
        report.units().forEach(g -> table.row(g.code(), g.name(), g.demand(), g.places(), g.placesPerThousand(),
                g.benchmark(), g.status(), g.gapPlaces(), g.gapStaff()));
        return TableFormat.respond(format, report, table);
    }
}
