package org.welfareintelligence.analytics.comparison;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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
public class ComparisonController {

    public record TargetDemand(String target, Double demand, List<PeriodDemand> trend) {
    }

    public record PeriodDemand(String period, Double demand) {
    }

    public record District(int rank, String code, String name, Double residents, List<TargetDemand> demand,
                           int facilities, double placesLocated, Double placesReachable, Double placesPerThousand,
                           double cityRate, String status, Double gapPlaces, Double gapStaff) {
    }

    public record ComparisonReport(String level, String serviceType, double cityRate, List<District> districts) {
    }

    private final DistrictComparisonService comparison;
    private final DisclosureControl disclosure;
    private final AnalyticsProperties properties;

    ComparisonController(DistrictComparisonService comparison, DisclosureControl disclosure,
                         AnalyticsProperties properties) {
        this.comparison = comparison;
        this.disclosure = disclosure;
        this.properties = properties;
    }

    @Operation(summary = "Districts side by side: demand, supply, accessibility and gaps, ranked",
            description = "level: municipio or neighbourhood; districts: 2 or more codes; targets: 1 or more codes, "
                    + "the first is the one the service's places are set against (2SFCA within cutoff, city rate as "
                    + "benchmark). Ranked by places missing per 1,000 target people. Demand per period is given "
                    + "when several periods exist. format: json, csv or xlsx (sheets comparison and trends).")
    @GetMapping("/api/analytics/comparison")
    ResponseEntity<?> compare(@RequestParam(defaultValue = "municipio") String level,
                              @Parameter(description = "e.g. 1,2,9") @RequestParam String districts,
                              @RequestParam String targets, @RequestParam String serviceType,
                              @RequestParam(required = false) Double cutoff,
                              @RequestParam(required = false) Double staffPerPlace,
                              @RequestParam(required = false) String costs,
                              @RequestParam(defaultValue = "json") String format) {
        List<String> targetCodes = split(targets);
        if (targetCodes.isEmpty()) {
            throw new IllegalArgumentException("targets: name at least one target code (see /api/targets)");
        }
        AccessibilityRequest access = AccessibilityRequest.of(targetCodes.get(0), serviceType, null, "2sfca", cutoff,
                null, null, null, costs, properties.defaultCutoff());
        DistrictComparisonService.Comparison result = comparison.compare(Level.parse(level), split(districts),
                targetCodes, access, staffPerPlace);
        List<District> rows = new ArrayList<>();
        for (DistrictComparisonService.DistrictFigures f : result.districts()) {
            List<TargetDemand> demand = new ArrayList<>();
            for (int k = 0; k < targetCodes.size(); k++) {
                List<PeriodDemand> trend = new ArrayList<>();
                List<String> periods = result.periods().get(k);
                for (int p = 0; p < periods.size(); p++) {
                    trend.add(new PeriodDemand(periods.get(p), disclosure.count(f.demandByPeriod()[k][p])));
                }
                demand.add(new TargetDemand(targetCodes.get(k), disclosure.count(f.demand()[k]), trend));
            }
            double people = f.demand()[0];
            rows.add(new District(f.rank(), f.code(), f.name(), disclosure.count(f.residents()), demand, f.facilities(),
                    f.placesLocated(), disclosure.rate(round(f.placesReachable()), people),
                    Double.isFinite(f.placesPerThousand()) ? disclosure.rate(f.placesPerThousand(), people) : null,
                    f.benchmark(), f.status(), disclosure.rate(round(f.gapPlaces()), people),
                    disclosure.rate(round(f.gapStaff()), people)));
        }
        rows.sort(Comparator.comparingInt(District::rank));
        Table table = comparisonTable(rows, targetCodes);
        ComparisonReport report = new ComparisonReport(result.level().code(), serviceType, result.cityRate(), rows);
        if ("xlsx".equals(format.toLowerCase(Locale.ROOT))) {
            return TableFormat.attachment(table.name() + ".xlsx", TableFormat.XLSX,
                    TableFormat.xlsx(List.of(table, trendTable(rows))));
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
            table.rows().add(row);
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

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
