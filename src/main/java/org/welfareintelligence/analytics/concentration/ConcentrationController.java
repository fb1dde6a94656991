package org.welfareintelligence.analytics.concentration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.welfareintelligence.analytics.inputs.StudyTime;
import org.welfareintelligence.analytics.export.Table;
import org.welfareintelligence.analytics.export.TableFormat;
import org.welfareintelligence.analytics.export.UnitLayers;
import org.welfareintelligence.analytics.inputs.Level;
import org.welfareintelligence.web.Answer;

@RestController
@Tag(name = "Analytics")
public class ConcentrationController {

    private final ConcentrationService concentration;
    private final UnitLayers layers;

    ConcentrationController(ConcentrationService concentration, UnitLayers layers) {
        this.concentration = concentration;
        this.layers = layers;
    }

    @Operation(summary = "Density, location quotient and Gi* hot and cold spots of a target",
            description = "Gi* runs on the variable (count, rate per 1,000 residents or density per km²) with queen "
                    + "contiguity computed by PostGIS from the units' polygons; pseudo p-values come from "
                    + "`permutations` conditional permutations (seeded, reproducible). format: json, geojson, csv, xlsx.")
    @GetMapping("/api/analytics/concentration")
    Answer<ConcentrationService.ConcentrationReport> concentration(@RequestParam String target,
                                    @RequestParam(defaultValue = "section") String level,
                                    @RequestParam(defaultValue = "rate") String variable,
                                    @Parameter(description = "0 to 9999")
                                    @RequestParam(defaultValue = "99") int permutations,
                                    @RequestParam(required = false) String period,
                                    @Parameter(description = StudyTime.YEAR_DOC) @RequestParam(required = false) Integer year,
                                    @Parameter(description = StudyTime.DATE_DOC) @RequestParam(required = false) String date,
                                    @RequestParam(defaultValue = "json") String format) {
        Level unitLevel = Level.parse(level);
        ConcentrationService.ConcentrationReport report = concentration.report(target, StudyTime.of(period, year, date), unitLevel,
                ConcentrationService.parseVariable(variable), permutations);
        List<ConcentrationService.UnitConcentration> units = report.units();
        if ("geojson".equals(format.toLowerCase(Locale.ROOT))) {
            List<Map<String, Object>> props = units.stream().map(c -> {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("code", c.code());
                p.put("name", c.name());
                p.put("count", c.count());
                p.put("giZ", c.giZ());
                p.put("hotCold", c.hotCold());
                return p;
            }).toList();
            return Answer.rendered(MediaType.parseMediaType("application/geo+json"), layers.geoJson(unitLevel, units.stream().map(ConcentrationService.UnitConcentration::code)
                            .toList(), props));
        }
        Table table = Table.of("concentration-" + target + "-" + report.level(), "code", "name",
                "count", "residents", "density_km2", "location_quotient", "gi_z", "pseudo_p", "hot_cold");
        units.forEach(c -> table.row(c.code(), c.name(), c.count(), c.residents(), c.density(), c.locationQuotient(),
                c.giZ(), c.pseudoP(), c.hotCold()));
        return TableFormat.respond(format, report, table);
    }
}
