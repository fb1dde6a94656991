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
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.welfareintelligence.analytics.AnalyticsProperties;
import org.welfareintelligence.analytics.export.Table;
import org.welfareintelligence.analytics.export.TableFormat;
import org.welfareintelligence.analytics.inputs.StudySupply;
import org.welfareintelligence.analytics.measure.Overlaps;
import org.welfareintelligence.privacy.DisclosureControl;

@RestController
@Tag(name = "Analytics")
public class CatchmentController {

    private static final MediaType GEOJSON = MediaType.parseMediaType("application/geo+json");
    /** Overlap classes: reached from 2, 3, 4 or 5 and more centres. */
    private static final int MAX_OVERLAP_CLASS = 5;

    /** One centre's catchment: who it is nearest to, and its load (target demand / capacity places). */
    public record Catchment(String facility, String name, double lon, double lat, double capacity, int sections,
                            Double residents, Double demand, Double load, List<Double> demandByBand) {
    }

    public record CatchmentSummary(String target, String serviceType, String unit, double cutoff,
                                   List<Double> bandUpperBounds, List<Catchment> catchments) {
    }

    public record Overlap(String facilityA, String facilityB, int sharedSections, Double sharedResidents) {
    }

    private final CatchmentService catchments;
    private final CatchmentLayers layers;
    private final DisclosureControl disclosure;
    private final AnalyticsProperties properties;

    CatchmentController(CatchmentService catchments, CatchmentLayers layers, DisclosureControl disclosure,
                        AnalyticsProperties properties) {
        this.catchments = catchments;
        this.layers = layers;
        this.disclosure = disclosure;
        this.properties = properties;
    }

    @Operation(summary = "Catchment of every centre of a service type: sections nearest to it within the cutoff",
            description = "format=geojson (default): one outline per centre, the union of its sections' polygons "
                    + "(or of their census areas where sections have none), with residents, target demand, load = "
                    + "demand / capacity and demand per distance band; json, csv or xlsx: the same as a table.")
    @GetMapping("/api/analytics/catchments")
    ResponseEntity<?> catchments(@RequestParam String target, @RequestParam String serviceType,
                                 @Parameter(description = "in the cost model's unit (metres for euclidean)")
                                 @RequestParam(required = false) Double cutoff,
                                 @Parameter(description = "upper bounds of distance bands below the cutoff, e.g. 300,600")
                                 @RequestParam(required = false) String bands,
                                 @RequestParam(required = false) String costs,
                                 @RequestParam(required = false) String period,
                                 @RequestParam(defaultValue = "geojson") String format) {
        CatchmentAnalysis analysis = catchments.analyse(target, serviceType, period,
                cutoff == null ? properties.defaultCutoff() : cutoff, bands, costs);
        List<Catchment> rows = catchmentRows(analysis);
        if ("geojson".equals(format.toLowerCase(Locale.ROOT))) {
            List<Map<String, Object>> props = new ArrayList<>();
            for (Catchment c : rows) {
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
            return ResponseEntity.ok().contentType(GEOJSON).body(layers.unionByGroup(analysis.sections().id(),
                    analysis.catchments().assignment(), props));
        }
        Table table = Table.of("catchments-" + serviceType + "-" + target, "facility", "name", "capacity", "sections",
                "residents", "demand", "load");
        rows.forEach(c -> table.row(c.facility(), c.name(), c.capacity(), c.sections(), c.residents(), c.demand(),
                c.load()));
        return TableFormat.respond(format, new CatchmentSummary(target, serviceType, analysis.unit(), analysis.cutoff(),
                boxed(analysis.bandUpperBounds()), rows), table);
    }

    @Operation(summary = "Where the reach of a service type's centres overlaps",
            description = "format=geojson (default): the overlap layer, sections reachable from 2, 3, 4 or 5+ centres "
                    + "within the cutoff, as one outline per class with its residents; json, csv or xlsx: the pairwise "
                    + "table of centres whose reach overlaps, with the residents they share.")
    @GetMapping("/api/analytics/overlaps")
    ResponseEntity<?> overlaps(@RequestParam String target, @RequestParam String serviceType,
                               @RequestParam(required = false) Double cutoff,
                               @RequestParam(required = false) String costs,
                               @RequestParam(required = false) String period,
                               @RequestParam(defaultValue = "geojson") String format) {
        CatchmentAnalysis analysis = catchments.analyse(target, serviceType, period,
                cutoff == null ? properties.defaultCutoff() : cutoff, null, costs);
        int[] reach = analysis.overlaps().reachableCount();
        if ("geojson".equals(format.toLowerCase(Locale.ROOT))) {
            int[] overlapClass = new int[reach.length];
            double[] residents = new double[MAX_OVERLAP_CLASS + 1];
            int[] sections = new int[MAX_OVERLAP_CLASS + 1];
            for (int i = 0; i < reach.length; i++) {
                overlapClass[i] = reach[i] >= 2 ? Math.min(reach[i], MAX_OVERLAP_CLASS) - 2 : -1;
                if (overlapClass[i] >= 0) {
                    residents[overlapClass[i]] += analysis.sections().population()[i];
                    sections[overlapClass[i]]++;
                }
            }
            List<Map<String, Object>> props = new ArrayList<>();
            for (int k = 0; k <= MAX_OVERLAP_CLASS - 2; k++) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("centres", k + 2 == MAX_OVERLAP_CLASS ? MAX_OVERLAP_CLASS + "+" : String.valueOf(k + 2));
                p.put("minCentres", k + 2);
                p.put("sections", sections[k]);
                p.put("residents", disclosure.count(residents[k]));
                props.add(p);
            }
            return ResponseEntity.ok().contentType(GEOJSON)
                    .body(layers.unionByGroup(analysis.sections().id(), overlapClass, props));
        }
        StudySupply supply = analysis.supply();
        List<Overlap> pairs = new ArrayList<>();
        for (Overlaps.Pair pair : analysis.overlaps().pairs()) {
            pairs.add(new Overlap(supply.code()[pair.a()], supply.code()[pair.b()], pair.sharedOrigins(),
                    disclosure.count(pair.sharedPopulation())));
        }
        Table table = Table.of("overlaps-" + serviceType, "facility_a", "facility_b", "shared_sections",
                "shared_residents");
        pairs.forEach(p -> table.row(p.facilityA(), p.facilityB(), p.sharedSections(), p.sharedResidents()));
        return TableFormat.respond(format, pairs, table);
    }

    private List<Catchment> catchmentRows(CatchmentAnalysis analysis) {
        StudySupply supply = analysis.supply();
        double[] residents = analysis.sumByCentre(analysis.sections().population());
        double[] demand = analysis.sumByCentre(analysis.demand());
        double[] ones = new double[analysis.sections().size()];
        java.util.Arrays.fill(ones, 1);
        double[] sections = analysis.sumByCentre(ones);
        double[] load = analysis.catchments().load();
        double[][] byBand = analysis.catchments().demandByBand();
        List<Catchment> rows = new ArrayList<>(supply.size());
        for (int j = 0; j < supply.size(); j++) {
            List<Double> bands = new ArrayList<>();
            for (double value : byBand[j]) {
                bands.add(disclosure.count(value));
            }
            rows.add(new Catchment(supply.code()[j], supply.name()[j], supply.lon()[j], supply.lat()[j],
                    supply.capacity()[j], (int) sections[j], disclosure.count(residents[j]),
                    disclosure.count(demand[j]), Double.isFinite(load[j]) ? disclosure.rate(load[j], demand[j]) : null,
                    bands));
        }
        return rows;
    }

    private static List<Double> boxed(double[] values) {
        List<Double> list = new ArrayList<>(values.length);
        for (double v : values) {
            list.add(v);
        }
        return list;
    }
}
