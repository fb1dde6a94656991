package org.welfareintelligence.analytics.priority;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.welfareintelligence.analytics.export.Table;
import org.welfareintelligence.analytics.export.TableFormat;
import org.welfareintelligence.privacy.DisclosureControl;

@RestController
@Tag(name = "Analytics")
public class PriorityController {

    /** What one target adds to a unit's score: its weighted, normalised indicator. */
    public record Contribution(String target, double weight, Double count, Double indicator, double contribution) {
    }

    /** One ranked unit; its contributions add up to its score. */
    public record Priority(int rank, String code, String name, double score, List<Contribution> contributions) {
    }

    public record PriorityReport(String level, String indicator, String normalisation, List<Priority> ranking) {
    }

    private final PriorityService priorities;
    private final DisclosureControl disclosure;

    PriorityController(PriorityService priorities, DisclosureControl disclosure) {
        this.priorities = priorities;
        this.disclosure = disclosure;
    }

    @Operation(summary = "Priority ranking by a composite need index over chosen targets",
            description = "targets and weights are comma-separated in the same order (weights default to equal). "
                    + "indicator: rate (per 1,000 residents, default) or count; normalisation: min_max (default), "
                    + "z_score or share_of_max. Each entry lists every target's contribution; they sum to the score. "
                    + "level: section, neighbourhood, census-area or municipio. format: json, csv, xlsx.")
    @GetMapping("/api/analytics/priorities")
    ResponseEntity<?> priorities(@Parameter(description = "e.g. P_ELDERLY_ALONE,P_ELDERLY_NON_SELF_SUFFICIENT")
                                 @RequestParam String targets,
                                 @RequestParam(required = false) String weights,
                                 @RequestParam(defaultValue = "neighbourhood") String level,
                                 @RequestParam(defaultValue = "rate") String indicator,
                                 @RequestParam(defaultValue = "min_max") String normalisation,
                                 @RequestParam(required = false) String period,
                                 @Parameter(description = "only the first `limit` ranks (all when absent)")
                                 @RequestParam(required = false) Integer limit,
                                 @RequestParam(defaultValue = "json") String format) {
        PriorityService.PriorityRequest request = PriorityService.request(targets, weights, level, indicator,
                normalisation, period);
        PriorityService.PriorityResult result = priorities.rank(request);
        List<Priority> ranking = new ArrayList<>();
        for (int u = 0; u < result.units().size(); u++) {
            List<Contribution> contributions = new ArrayList<>();
            for (int k = 0; k < request.targets().size(); k++) {
                double count = result.counts()[k][u];
                contributions.add(new Contribution(request.targets().get(k), request.weights()[k],
                        disclosure.count(count), disclosure.rate(result.indicators()[k][u], count),
                        result.index().contribution()[u][k]));
            }
            ranking.add(new Priority(result.index().rank()[u], result.units().code()[u], result.units().name()[u],
                    result.index().score()[u], contributions));
        }
        ranking.sort(Comparator.comparingInt(Priority::rank));
        if (limit != null) {
            if (limit < 1) {
                throw new IllegalArgumentException("limit must be at least 1, got " + limit);
            }
            ranking = ranking.subList(0, Math.min(limit, ranking.size()));
        }
        List<String> columns = new ArrayList<>(List.of("rank", "code", "name", "score"));
        request.targets().forEach(t -> columns.add(t + " contribution"));
        Table table = new Table("priorities-" + result.units().level().code(), columns, new ArrayList<>());
        for (Priority p : ranking) {
            List<Object> row = new ArrayList<>(List.of(p.rank(), p.code(), p.name() == null ? "" : p.name(), p.score()));
            p.contributions().forEach(c -> row.add(c.contribution()));
            table.rows().add(row);
        }
        return TableFormat.respond(format, new PriorityReport(result.units().level().code(),
                request.indicator().name().toLowerCase(Locale.ROOT),
                request.normalisation().name().toLowerCase(Locale.ROOT), ranking), table);
    }
}
