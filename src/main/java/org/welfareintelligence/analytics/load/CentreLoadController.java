package org.welfareintelligence.analytics.load;

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
import org.welfareintelligence.analytics.AnalyticsProperties;
import org.welfareintelligence.analytics.export.Table;
import org.welfareintelligence.analytics.export.TableFormat;
import org.welfareintelligence.privacy.CountNames;
import org.welfareintelligence.web.Answer;
import tools.jackson.databind.ObjectMapper;

@RestController
@Tag(name = "Analytics")
class CentreLoadController {

    private static final MediaType GEOJSON = MediaType.parseMediaType("application/geo+json");

    private final CentreLoadService loads;
    private final AnalyticsProperties properties;
    private final ObjectMapper json;

    CentreLoadController(CentreLoadService loads, AnalyticsProperties properties, ObjectMapper json) {
        this.loads = loads;
        this.properties = properties;
        this.json = json;
    }

    @Operation(summary = "Centres of a service type ranked by load against the city: larger or smaller than their demand",
            description = "Each section goes to its nearest open centre within the cutoff; a centre's load is the people "
                    + "of the targets (default: those the service type serves) in its catchment per place, its load "
                    + "ratio that over the city's people per place. Ranked by load ratio, most loaded first. "
                    + "format: json (default), csv, xlsx or geojson (the centres as points, for the map).")
    @GetMapping("/api/analytics/centre-load")
    Answer<CentreLoadService.CentreLoadView> centreLoad(@RequestParam String serviceType,
            @Parameter(description = "target codes, comma-separated; default: the targets the service type serves")
            @RequestParam(required = false) String targets,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) Double cutoff,
            @Parameter(description = "a ratio within 1 ± tolerance is in line with the city (default 0.1)")
            @RequestParam(required = false) Double tolerance,
            @RequestParam(required = false) String costs,
            @RequestParam(defaultValue = "json") String format) {
        CentreLoadService.CentreLoadView view = loads.centreLoad(serviceType, targets, period,
                cutoff == null ? properties.defaultCutoff() : cutoff,
                tolerance == null ? CentreLoadService.DEFAULT_TOLERANCE : tolerance, costs);
        if ("geojson".equals(format.toLowerCase(Locale.ROOT))) {
            return Answer.rendered(GEOJSON, points(view));
        }
        Table table = Table.of("centre-load-" + view.serviceType(), "rank", "facility", "name", "places", "people",
                "people_per_place", "load_ratio", "status");
        view.centres().forEach(c -> table.row(c.rank(), c.facility(), c.name(), c.places(), c.people(),
                c.peoplePerPlace(), c.loadRatio(), c.status()));
        return TableFormat.respond(format, view, table);
    }

    private String points(CentreLoadService.CentreLoadView view) {
        List<Map<String, Object>> features = new ArrayList<>();
        for (CentreLoadService.Centre c : view.centres()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("rank", c.rank());
            p.put("facility", c.facility());
            p.put("name", c.name());
            p.put("places", c.places());
            p.put("people", c.people());
            p.put("peoplePerPlace", c.peoplePerPlace());
            p.put("loadRatio", c.loadRatio());
            p.put("status", c.status());
            p.forEach(CountNames::requireControlled);
            features.add(Map.of("type", "Feature", "properties", p,
                    "geometry", Map.of("type", "Point", "coordinates", List.of(c.lon(), c.lat()))));
        }
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("serviceType", view.serviceType());
        collection.put("cityPeoplePerPlace", view.cityPeoplePerPlace());
        collection.put("tolerance", view.tolerance());
        collection.put("features", features);
        return json.writeValueAsString(collection);
    }
}
