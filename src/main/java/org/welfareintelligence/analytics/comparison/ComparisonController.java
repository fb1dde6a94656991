package org.welfareintelligence.analytics.comparison;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.welfareintelligence.analytics.AnalyticsProperties;
import org.welfareintelligence.analytics.accessibility.AccessibilityRequest;
import org.welfareintelligence.analytics.comparison.DistrictComparisonService.District;
import org.welfareintelligence.analytics.comparison.DistrictComparisonService.TargetDemand;
import org.welfareintelligence.analytics.export.Table;
import org.welfareintelligence.analytics.inputs.StudyTime;
import org.welfareintelligence.analytics.export.TableFormat;
import org.welfareintelligence.analytics.inputs.Level;
import org.welfareintelligence.web.Answer;

@RestController
@Tag(name = "Analytics")
public class ComparisonController {

    private final DistrictComparisonService comparison;
    private final AnalyticsProperties properties;

    ComparisonController(DistrictComparisonService comparison, AnalyticsProperties properties) {
        this.comparison = comparison;
        this.properties = properties;
    }

    @Operation(summary = "Districts side by side: demand, supply, accessibility and gaps, ranked",
            description = "level: municipio or neighbourhood; districts: 2 or more codes; targets: 1 or more codes, "
                    + "the first is the one the service's places are set against (2SFCA within cutoff, city rate as "
                    + "benchmark). Ranked by places missing per 1,000 target people. Demand per period is given "
                    + "when several periods exist. format: json, csv or xlsx (sheets comparison and trends).")
    @GetMapping("/api/analytics/comparison")
    Answer<DistrictComparisonService.ComparisonReport> compare(@RequestParam(defaultValue = "municipio") String level,
                              @Parameter(description = "e.g. 1,2,9") @RequestParam String districts,
                              @RequestParam String targets, @RequestParam String serviceType,
                              @RequestParam(required = false) Double cutoff,
                              @RequestParam(required = false) Double staffPerPlace,
                              @RequestParam(required = false) String costs,
                              @Parameter(description = StudyTime.DATE_DOC) @RequestParam(required = false) String date,
                              @RequestParam(defaultValue = "json") String format) {
        List<String> targetCodes = split(targets);
        if (targetCodes.isEmpty()) {
            throw new IllegalArgumentException("targets: name at least one target code (see /api/targets)");
        }
        AccessibilityRequest access = AccessibilityRequest.of(targetCodes.get(0), serviceType, StudyTime.of(null, null, date), "2sfca", cutoff,
                null, null, null, costs, properties.defaultCutoff());
        DistrictComparisonService.ComparisonReport report = comparison.report(Level.parse(level), split(districts),
                targetCodes, access, staffPerPlace);
        Table table = comparisonTable(report.districts(), targetCodes);
        if ("xlsx".equals(format.toLowerCase(Locale.ROOT))) {
            return Answer.file(table.name() + ".xlsx", TableFormat.XLSX,
                    TableFormat.xlsx(List.of(table, trendTable(report.districts()))));
        }
        return TableFormat.respond(format, report, table);
    }

    private static Table comparisonTable(List<District> rows, List<String> targets) {
        List<String> columns = new ArrayList<>(List.of("rank", "code", "name", "residents"));
        targets.forEach(t -> columns.add(t));
        columns.addAll(List.of("facilities", "places_located", "places_reachable", "places_per_1000", "city_rate",
                "status", "gap_places", "gap_staff"));
        Table table = new Table("comparison", columns, new ArrayList<>());
        for (District d : rows) {
            List<Object> row = new ArrayList<>(Arrays.asList(d.rank(), d.code(), d.name(), d.residents()));
            d.demand().forEach(t -> row.add(t.demand()));
            row.addAll(Arrays.asList(d.facilities(), d.placesLocated(), d.placesReachable(), d.placesPerThousand(),
                    d.cityRate(), d.status(), d.gapPlaces(), d.gapStaff()));
            table.row(row.toArray());
        }
        return table;
    }

    private static Table trendTable(List<District> rows) {
        Table table = Table.of("trends", "code", "name", "target", "period", "demand");
        for (District d : rows) {
            for (TargetDemand t : d.demand()) {
                t.trend().forEach(p -> table.row(d.code(), d.name(), t.target(), p.period(), p.demand()));
            }
        }
        return table;
    }

    private static List<String> split(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
