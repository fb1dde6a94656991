package org.welfareintelligence.analytics.equity;

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
public class EquityController {

    private final EquityService equity;
    private final AnalyticsProperties properties;

    EquityController(EquityService equity, AnalyticsProperties properties) {
        this.equity = equity;
        this.properties = properties;
    }

    @Operation(summary = "Inequality of an accessibility result over the target's people",
            description = "Takes the accessibility parameters (method, cutoff, steps, bandwidth, n, costs). Gini, "
                    + "coefficient of variation, Palma ratio (top 10 % / bottom 40 %), Theil index split between "
                    + "and within groupBy units (municipio, neighbourhood or census-area) and Lorenz points "
                    + "(cumulative share of people, cumulative share of access), all weighted by target demand. "
                    + "format: json, csv or xlsx (the Lorenz points).")
    @GetMapping("/api/analytics/equity")
    Answer<EquityService.EquityResult> equity(@RequestParam String target, @RequestParam String serviceType,
                             @RequestParam(defaultValue = "2sfca") String method,
                             @RequestParam(required = false) Double cutoff,
                             @RequestParam(required = false) String steps,
                             @RequestParam(required = false) Double bandwidth,
                             @RequestParam(required = false) Integer n,
                             @RequestParam(required = false) String costs,
                             @RequestParam(required = false) String period,
                             @Parameter(description = StudyTime.YEAR_DOC) @RequestParam(required = false) Integer year,
                             @Parameter(description = StudyTime.DATE_DOC) @RequestParam(required = false) String date,
                             @RequestParam(defaultValue = "municipio") String groupBy,
                             @RequestParam(defaultValue = "json") String format) {
        AccessibilityRequest request = AccessibilityRequest.of(target, serviceType, StudyTime.of(period, year, date), method, cutoff, steps,
                bandwidth, n, costs, properties.defaultCutoff());
        EquityService.EquityResult result = equity.analyse(request, Level.parse(groupBy));
        Table table = Table.of("lorenz-" + method + "-" + target, "share_of_people", "share_of_access");
        result.lorenz().forEach(p -> table.row(p[0], p[1]));
        return TableFormat.respond(format, result, table);
    }
}
