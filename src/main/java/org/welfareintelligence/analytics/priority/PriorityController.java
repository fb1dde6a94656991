package org.welfareintelligence.analytics.priority;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.welfareintelligence.analytics.inputs.StudyTime;
import org.welfareintelligence.analytics.export.Table;
import org.welfareintelligence.analytics.export.TableFormat;
import org.welfareintelligence.web.Answer;

@RestController
@Tag(name = "Analytics")
public class PriorityController {

    private final PriorityService priorities;

    PriorityController(PriorityService priorities) {
        this.priorities = priorities;
    }

    @Operation(summary = "Priority ranking by a composite need index over chosen targets",
            description = "targets and weights are comma-separated in the same order (weights default to equal). "
                    + "indicator: rate (per 1,000 residents, default) or count; normalisation: min_max (default), "
                    + "z_score or share_of_max. Each entry lists every target's contribution; they sum to the score. "
                    + "level: section, neighbourhood, census-area or municipio. format: json, csv, xlsx.")
    @GetMapping("/api/analytics/priorities")
    Answer<PriorityService.PriorityReport> priorities(@Parameter(description = "e.g. P_ELDERLY_ALONE,P_ELDERLY_NON_SELF_SUFFICIENT")
                                 @RequestParam String targets,
                                 @RequestParam(required = false) String weights,
                                 @RequestParam(defaultValue = "neighbourhood") String level,
                                 @RequestParam(defaultValue = "rate") String indicator,
                                 @RequestParam(defaultValue = "min_max") String normalisation,
                                 @RequestParam(required = false) String period,
                                 @Parameter(description = StudyTime.YEAR_DOC) @RequestParam(required = false) Integer year,
                                 @Parameter(description = StudyTime.DATE_DOC) @RequestParam(required = false) String date,
                                 @Parameter(description = "only the first `limit` ranks (all when absent)")
                                 @RequestParam(required = false) Integer limit,
                                 @RequestParam(defaultValue = "json") String format) {
        PriorityService.PriorityRequest request = PriorityService.request(targets, weights, level, indicator,
                normalisation, StudyTime.of(period, year, date));
        PriorityService.PriorityReport report = priorities.report(request, limit);
        List<String> columns = new ArrayList<>(List.of("rank", "code", "name", "score"));
        request.targets().forEach(t -> columns.add(t + " contribution"));
        Table table = new Table("priorities-" + report.level(), columns, new ArrayList<>());
        for (PriorityService.Priority p : report.ranking()) {
            List<Object> row = new ArrayList<>(List.of(p.rank(), p.code(), p.name() == null ? "" : p.name(), p.score()));
            p.contributions().forEach(c -> row.add(c.contribution()));
            table.row(row.toArray());
        }
        return TableFormat.respond(format, report, table);
    }
}
