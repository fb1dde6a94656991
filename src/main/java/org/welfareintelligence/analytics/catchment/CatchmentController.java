package org.welfareintelligence.analytics.catchment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.welfareintelligence.analytics.inputs.StudyTime;
import org.welfareintelligence.analytics.AnalyticsProperties;
import org.welfareintelligence.analytics.export.Table;
import org.welfareintelligence.analytics.export.TableFormat;
import org.welfareintelligence.web.Answer;

@RestController
@Tag(name = "Analytics")
public class CatchmentController {

    private static final MediaType GEOJSON = MediaType.parseMediaType("application/geo+json");

    private final CatchmentService catchments;
    private final CatchmentLayers layers;
    private final AnalyticsProperties properties;

    CatchmentController(CatchmentService catchments, CatchmentLayers layers, AnalyticsProperties properties) {
        this.catchments = catchments;
        this.layers = layers;
        this.properties = properties;
    }

    @Operation(summary = "Catchment of every centre of a service type: sections nearest to it within the cutoff",
            description = "format=geojson (default): one outline per centre, the union of its sections' polygons "
                    + "(or of their census areas where sections have none), with residents, target demand, load = "
                    + "demand / capacity and demand per distance band; json, csv or xlsx: the same as a table.")
    @GetMapping("/api/analytics/catchments")
    Answer<CatchmentService.CatchmentSummary> catchments(@RequestParam String target, @RequestParam String serviceType,
                                 @Parameter(description = "in the cost model's unit (metres for euclidean)")
                                 @RequestParam(required = false) Double cutoff,
                                 @Parameter(description = "upper bounds of distance bands below the cutoff, e.g. 300,600")
                                 @RequestParam(required = false) String bands,
                                 @RequestParam(required = false) String costs,
                                 @RequestParam(required = false) String period,
                                 @Parameter(description = StudyTime.YEAR_DOC) @RequestParam(required = false) Integer year,
                                 @Parameter(description = StudyTime.DATE_DOC) @RequestParam(required = false) String date,
                                 @RequestParam(defaultValue = "geojson") String format) {
        CatchmentService.CatchmentLayer layer = catchments.catchments(target, serviceType, StudyTime.of(period, year, date),
                cutoff == null ? properties.defaultCutoff() : cutoff, bands, costs);
        CatchmentService.CatchmentSummary summary = layer.summary();
        if ("geojson".equals(format.toLowerCase(Locale.ROOT))) {
            List<Map<String, Object>> props = new ArrayList<>();
            for (CatchmentService.Catchment c : summary.catchments()) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("facility", c.facility());
                p.put("name", c.name());
                p.put("capacity", c.capacity());
                p.put("sections", c.sections());
                p.put("residents", c.residents());
                p.put("demand", c.demand());
                p.put("load", c.load());
                props.add(p);
            }
            return Answer.rendered(GEOJSON, layers.unionByGroup(layer.sectionIds(), layer.centreOfSection(), props));
        }
        Table table = Table.of("catchments-" + serviceType + "-" + target, "facility", "name", "capacity", "sections",
                "residents", "demand", "load");
        summary.catchments().forEach(c -> table.row(c.facility(), c.name(), c.capacity(), c.sections(), c.residents(),
                c.demand(), c.load()));
        return TableFormat.respond(format, summary, table);
    }

    @Operation(summary = "Where the reach of a service type's centres overlaps",
            description = "format=geojson (default): the overlap layer, sections reachable from 2, 3, 4 or 5+ centres "
                    + "within the cutoff, as one outline per class with its residents; json, csv or xlsx: the pairwise "
                    + "table of centres whose reach overlaps, with the residents they share.")
    @GetMapping("/api/analytics/overlaps")
    Answer<List<CatchmentService.Overlap>> overlaps(@RequestParam String target, @RequestParam String serviceType,
                               @RequestParam(required = false) Double cutoff,
                               @RequestParam(required = false) String costs,
                               @RequestParam(required = false) String period,
                               @Parameter(description = StudyTime.YEAR_DOC) @RequestParam(required = false) Integer year,
                               @Parameter(description = StudyTime.DATE_DOC) @RequestParam(required = false) String date,
                               @RequestParam(defaultValue = "geojson") String format) {
        double reach = cutoff == null ? properties.defaultCutoff() : cutoff;
        if ("geojson".equals(format.toLowerCase(Locale.ROOT))) {
            CatchmentService.OverlapLayer layer = catchments.overlapLayer(target, serviceType, StudyTime.of(period, year, date), reach, costs);
            List<Map<String, Object>> props = new ArrayList<>();
            for (CatchmentService.OverlapClass c : layer.classes()) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("centres", c.centres());
                p.put("minCentres", c.minCentres());
                p.put("sections", c.sections());
                p.put("residents", c.residents());
                props.add(p);
            }
            return Answer.rendered(GEOJSON, layers.unionByGroup(layer.sectionIds(), layer.sectionClass(), props));
        }
        List<CatchmentService.Overlap> pairs = catchments.overlapPairs(target, serviceType, StudyTime.of(period, year, date), reach, costs);
        Table table = Table.of("overlaps-" + serviceType, "facility_a", "facility_b", "shared_sections",
                "shared_residents");
        pairs.forEach(p -> table.row(p.facilityA(), p.facilityB(), p.sharedSections(), p.sharedResidents()));
        return TableFormat.respond(format, pairs, table);
    }
}
