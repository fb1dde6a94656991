package org.welfareintelligence.demand;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.welfareintelligence.privacy.Count;
import org.welfareintelligence.territory.AreaLevel;
import org.welfareintelligence.web.Answer;
import org.welfareintelligence.web.Csv;

@RestController
@Tag(name = "Demand", description = "People and families of each target per territorial unit")
public class DemandController {

    /**
     * The demand of one target at one level, with the period actually used; {@code estimated} when the figures are
     * estimates rather than counts, {@code graded} when they vary with the deprivation of each section (each unit then
     * carries its 80 % interval, {@code low} and {@code high}).
     */
    public record DemandLayer(String target, String period, String level, boolean estimated, boolean graded,
                              Count total, List<DemandQueries.UnitDemand> units) {
    }

    private final DemandQueries queries;
    private final DemandPeriods periods;

    DemandController(DemandQueries queries, DemandPeriods periods) {
        this.queries = queries;
        this.periods = periods;
    }

    @Operation(summary = "The periods with demand, oldest first",
            description = "Any of them can be passed as period; year picks the latest one not after it.")
    @GetMapping("/api/demand/periods")
    List<String> periods() {
        return periods.all();
    }

    @Operation(summary = "Demand of a target per unit of a level (section, neighbourhood, census-area, municipio, city)",
            description = "format=csv returns the same table as CSV. Without period or year, the newest period is used; "
                    + "an unknown period is a 400 naming the known ones.")
    @GetMapping("/api/demand")
    Answer<DemandLayer> demand(@RequestParam String target,
                             @RequestParam(defaultValue = "section") String level,
                             @RequestParam(required = false) String period,
                             @Parameter(description = "the period in force in this year (the latest not after it), "
                                     + "when period is not given")
                             @RequestParam(required = false) Integer year,
                             @Parameter(description = "json (default) or csv")
                             @RequestParam(defaultValue = "json") String format) {
        long targetId = queries.targetId(target);
        String usedPeriod = queries.resolvePeriod(targetId, period, year);
        boolean sections = level.equalsIgnoreCase("section");
        List<DemandQueries.UnitDemand> units = sections
                ? queries.bySection(targetId, usedPeriod)
                : queries.byArea(targetId, usedPeriod, parseLevel(level));
        Count total = total(units);
        if (format.equalsIgnoreCase("csv")) {
            return Answer.file("demand-" + target + "-" + level + ".csv", Csv.MEDIA_TYPE,
                    csv(target, usedPeriod, queries.estimated(targetId, usedPeriod), units)
                            .getBytes(StandardCharsets.UTF_8));
        }
        return Answer.json(new DemandLayer(target, usedPeriod, level.toLowerCase(Locale.ROOT),
                queries.estimated(targetId, usedPeriod), queries.graded(targetId), total, units));
    }

    @Operation(summary = "Every target's demand in one census section",
            description = "In period, else the period in force in year, else the latest.")
    @GetMapping("/api/sections/{code}/demand")
    List<DemandQueries.SectionDemand> sectionDemand(@PathVariable String code,
                                                    @RequestParam(required = false) String period,
                                                    @RequestParam(required = false) Integer year) {
        return queries.forSection(code, period, year);
    }

    /**
     * The sum over the units listed, withheld when any of them is: published units and their total would
     * otherwise give away the sum of the withheld ones.
     */
    private static Count total(List<DemandQueries.UnitDemand> units) {
        Count sum = Count.zero();
        for (DemandQueries.UnitDemand u : units) {
            sum = sum.plus(u.value());
        }
        return sum.rounded(2);
    }

    /** One row per unit; {@code estimated} says whether the values are estimates, low and high their interval. */
    private static String csv(String target, String period, boolean estimated, List<DemandQueries.UnitDemand> units) {
        StringBuilder out = new StringBuilder("code,name,target,period,value,population,estimated,low,high\n");
        for (DemandQueries.UnitDemand u : units) {
            out.append(Csv.field(u.code())).append(',').append(Csv.field(u.name())).append(',')
                    .append(target).append(',').append(period).append(',')
                    .append(u.value()).append(',').append(u.population()).append(',').append(estimated).append(',')
                    .append(u.low() == null ? "" : u.low()).append(',').append(u.high() == null ? "" : u.high())
                    .append('\n');
        }
        return out.toString();
    }

    private static AreaLevel parseLevel(String level) {
        try {
            return AreaLevel.parse(level);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown level '" + level
                    + "': use section, neighbourhood, census-area, municipio or city");
        }
    }
}
