package org.welfareintelligence.analytics.concentration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.welfareintelligence.analytics.export.Table;
import org.welfareintelligence.analytics.export.TableFormat;
import org.welfareintelligence.analytics.export.UnitLayers;
import org.welfareintelligence.analytics.inputs.Level;
import org.welfareintelligence.privacy.DisclosureControl;

@RestController
@Tag(name = "Analytics")
public class ConcentrationController {

    /**
     * One unit: the target's count, density per km², location quotient (its share of residents over the city's),
     * Gi* z-score and pseudo p-value, and hotCold from -3 (cold spot at 99 %) to 3 (hot spot at 99 %).
     */
    public record UnitConcentration(String code, String name, Double count, Double residents, Double density,
                                    Double locationQuotient, Double giZ, Double pseudoP, int hotCold) {
    }

    public record ConcentrationReport(String target, String level, String variable, int permutations,
                                      List<UnitConcentration> units) {
    }

    private final ConcentrationService concentration;
    private final DisclosureControl disclosure;
    private final UnitLayers layers;

    ConcentrationController(ConcentrationService concentration, DisclosureControl disclosure, UnitLayers layers) {
        this.concentration = concentration;
        this.disclosure = disclosure;
        this.layers = layers;
    }

    @Operation(summary = "Density, location quotient and Gi* hot and cold spots of a target",
            description = "Gi* runs on the variable (count, rate per 1,000 residents or density per km²) with queen "
                    + "contiguity computed by PostGIS from the units' polygons; pseudo p-values come from "
                    + "`permutations` conditional permutations (seeded, reproducible). format: json, geojson, csv, xlsx.")
    @GetMapping("/api/analytics/concentration")
    ResponseEntity<?> concentration(@RequestParam String target,
                                    @RequestParam(defaultValue = "section") String level,
                                    @RequestParam(defaultValue = "rate") String variable,
                                    @Parameter(description = "0 to 9999")
                                    @RequestParam(defaultValue = "99") int permutations,
                                    @RequestParam(required = false) String period,
                                    @RequestParam(defaultValue = "json") String format) {
        ConcentrationService.Result result = concentration.analyse(target, period, Level.parse(level),
                ConcentrationService.parseVariable(variable), permutations);
        List<UnitConcentration> units = new ArrayList<>();
        for (int u = 0; u < result.units().size(); u++) {
            double count = result.count()[u];
            units.add(new UnitConcentration(result.units().code()[u], result.units().name()[u],
                    disclosure.count(count), disclosure.count(result.residents()[u]),
                    finite(result.density()[u]) == null ? null : disclosure.rate(result.density()[u], count),
                    finite(result.locationQuotient()[u]) == null ? null
                            : disclosure.rate(result.locationQuotient()[u], count),
                    finite(result.giStar().z()[u]), finite(result.giStar().pseudoP()[u]), result.giStar().hotCold()[u]));
        }
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
            return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/geo+json"))
                    .body(layers.geoJson(result.units().level(), units.stream().map(UnitConcentration::code).toList(),
                            props));
        }
        Table table = Table.of("concentration-" + target + "-" + result.units().level().code(), "code", "name",
                "count", "residents", "density_km2", "location_quotient", "gi_z", "pseudo_p", "hot_cold");
        units.forEach(c -> table.row(c.code(), c.name(), c.count(), c.residents(), c.density(), c.locationQuotient(),
                c.giZ(), c.pseudoP(), c.hotCold()));
        return TableFormat.respond(format, new ConcentrationReport(target, result.units().level().code(),
                result.variable().name().toLowerCase(Locale.ROOT), result.permutations(), units), table);
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
