package org.welfareintelligence.analytics.accessibility;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.welfareintelligence.analytics.inputs.StudyTime;
import org.welfareintelligence.analytics.AnalyticsProperties;
import org.welfareintelligence.analytics.export.Table;
import org.welfareintelligence.analytics.export.TableFormat;
import org.welfareintelligence.analytics.export.UnitLayers;
import org.welfareintelligence.analytics.inputs.Level;
import org.welfareintelligence.web.Answer;

@RestController
@Tag(name = "Analytics", description = "Accessibility, catchments, gaps, hot spots, priorities, comparisons and equity")
public class AccessibilityController {

    private final AccessibilityService accessibility;
    private final UnitLayers layers;
    private final AnalyticsProperties properties;

    AccessibilityController(AccessibilityService accessibility, UnitLayers layers, AnalyticsProperties properties) {
        this.accessibility = accessibility;
        this.layers = layers;
        this.properties = properties;
    }

    @Operation(summary = "Accessibility of a target's sections to a service type",
            description = "method: ratio (supply / demand within the catchment), 2sfca, e2sfca-step (steps="
                    + "upper:weight,... default thirds of the cutoff with 1, 0.68, 0.22), e2sfca-gaussian (bandwidth, "
                    + "default cutoff/3), nearest, nth-nearest (n). Values are places per person (costs for nearest); "
                    + "null = no facility within the cutoff. costs: euclidean (default) or imported. "
                    + "format: json, geojson, csv or xlsx.")
    @GetMapping("/api/analytics/accessibility")
    Answer<AccessibilityService.AccessibilityLayer> accessibility(@RequestParam String target, @RequestParam String serviceType,
                                    @RequestParam(defaultValue = "2sfca") String method,
                                    @Parameter(description = "catchment in the cost model's unit (metres for euclidean)")
                                    @RequestParam(required = false) Double cutoff,
                                    @RequestParam(required = false) String steps,
                                    @RequestParam(required = false) Double bandwidth,
                                    @RequestParam(required = false) Integer n,
                                    @RequestParam(required = false) String costs,
                                    @RequestParam(required = false) String period,
                                    @Parameter(description = StudyTime.YEAR_DOC) @RequestParam(required = false) Integer year,
                                    @Parameter(description = StudyTime.DATE_DOC) @RequestParam(required = false) String date,
                                    @RequestParam(defaultValue = "json") String format) {
        AccessibilityRequest request = AccessibilityRequest.of(target, serviceType, StudyTime.of(period, year, date), method, cutoff, steps,
                bandwidth, n, costs, properties.defaultCutoff());
        AccessibilityService.AccessibilityLayer layer = accessibility.layer(request);
        List<AccessibilityService.SectionAccess> sections = layer.sections();
        if ("geojson".equals(format.toLowerCase(Locale.ROOT))) {
            List<Map<String, Object>> properties = sections.stream().map(s -> {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("code", s.code());
                p.put("demand", s.demand());
                p.put("value", s.value());
                return p;
            }).toList();
            return Answer.rendered(MediaType.parseMediaType("application/geo+json"), layers.geoJson(Level.SECTION, sections.stream().map(AccessibilityService.SectionAccess::code).toList(), properties));
        }
        Table table = Table.of("accessibility-" + request.parameters().method().code() + "-" + target,
                "section", "neighbourhood", "demand", request.parameters().method().code());
        sections.forEach(s -> table.row(s.code(), s.neighbourhood(), s.demand(), s.value()));
        return TableFormat.respond(format, layer, table);
    }

    @Operation(summary = "Accessibility on uploaded files alone (no database)",
            description = "Multipart: demand (id,value), supply (id,value), cost (origin,dest,cost), and for the ratio "
                    + "demandXy (id,x,y in metres). Returns every demand id with its raw, un-normalised value at full "
                    + "double precision (null = no facility within the cutoff; costs above it are ignored). format: json or csv.")
    @PostMapping(value = "/api/analytics/accessibility/raw", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Answer<List<RawAccessibility.Value>> raw(@RequestParam("demand") MultipartFile demand, @RequestParam("supply") MultipartFile supply,
                          @RequestParam("cost") MultipartFile cost,
                          @RequestParam(value = "demandXy", required = false) MultipartFile demandXy,
                          @RequestParam String method, @RequestParam double cutoff,
                          @RequestParam(required = false) String steps,
                          @RequestParam(required = false) Double bandwidth,
                          @RequestParam(required = false) Integer n,
                          @RequestParam(defaultValue = "json") String format) throws IOException {
        DecayParameters parameters = DecayParameters.of(AccessibilityMethod.parse(method), cutoff, steps, bandwidth,
                n == null ? 1 : n);
        List<RawAccessibility.Value> values = RawAccessibility.compute(parameters, named(demand), named(supply),
                named(cost), demandXy == null ? null : named(demandXy));
        if ("csv".equals(format.toLowerCase(Locale.ROOT))) {
            StringBuilder csv = new StringBuilder("id,value\n");
            values.forEach(v -> csv.append(v.id()).append(',').append(v.value() == null ? "" : v.value()).append('\n'));
            return Answer.rendered(TableFormat.CSV, csv.toString());
        }
        if (!"json".equals(format.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("unknown format '" + format + "': use json or csv");
        }
        return Answer.json(values);
    }

    private static RawAccessibility.NamedFile named(MultipartFile file) throws IOException {
        return new RawAccessibility.NamedFile(file.getOriginalFilename() == null ? file.getName()
                : file.getOriginalFilename(), file.getBytes());
    }
}
