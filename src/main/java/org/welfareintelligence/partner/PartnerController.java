package org.welfareintelligence.partner;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.welfareintelligence.territory.Zone;
import org.welfareintelligence.territory.ZoneResolver;
import org.welfareintelligence.web.Answer;
import org.welfareintelligence.web.Csv;
import tools.jackson.databind.ObjectMapper;

@RestController
@Tag(name = "Partners", description = "Which organisations ought to join a networked project")
class PartnerController {

    /** A zone (published area, or a drawn GeoJSON polygon with a label) and the partner question. */
    record PartnerRequest(String level, String code, String name, Map<String, Object> polygon, List<String> targets,
                          List<String> serviceTypes, Integer k, Double radius) {
    }

    private final ZoneResolver zones;
    private final PartnerService partners;
    private final ObjectMapper json;

    PartnerController(ZoneResolver zones, PartnerService partners, ObjectMapper json) {
        this.zones = zones;
        this.partners = partners;
        this.json = json;
    }

    @Operation(summary = "Partners for a networked project in a municipio, neighbourhood or census area",
            description = "Per organisation, the needed services it runs in the zone or within radius metres of it "
                    + "and their places; then a greedy choice of k partners covering the most unmet need (people of "
                    + "the targets each service serves in the zone minus its places there), each with what it adds "
                    + "over the ones before it. format: json (default) or csv.")
    @GetMapping("/api/partners")
    Answer<PartnerAnswer> forArea(@RequestParam String level, @RequestParam String code,
                                  @RequestParam List<String> targets, @RequestParam List<String> serviceTypes,
                                  @RequestParam(required = false) Integer k, @RequestParam(required = false) Double radius,
                                  @RequestParam(defaultValue = "json") String format) {
        PartnerQuestion question = PartnerQuestion.of(targets, serviceTypes, k, radius);
        return respond(zones.area(level, code), question, format);
    }

    @Operation(summary = "Partners for a networked project in a drawn polygon or a published area",
            description = "Body: {name, polygon: GeoJSON Polygon/MultiPolygon in EPSG:4326} or {level, code}, with "
                    + "targets, serviceTypes, k (default 3) and radius (metres, default 500). format: json or csv.")
    @PostMapping("/api/partners")
    Answer<PartnerAnswer> forZone(@RequestBody PartnerRequest request, @RequestParam(defaultValue = "json") String format) {
        PartnerQuestion question = PartnerQuestion.of(request.targets(), request.serviceTypes(), request.k(),
                request.radius());
        return respond(zones.areaOrDrawn(request.level(), request.code(),
                request.polygon() == null ? null : json.writeValueAsString(request.polygon()), request.name()),
                question, format);
    }

    private Answer<PartnerAnswer> respond(Zone zone, PartnerQuestion question, String format) {
        PartnerAnswer answer = partners.recommend(zone, question);
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "json" -> Answer.json(answer);
            case "csv" -> Answer.file("partners-" + zone.code().replaceAll("[^A-Za-z0-9_-]", "_") + ".csv",
                    Csv.MEDIA_TYPE, PartnerTable.csv(answer).getBytes(StandardCharsets.UTF_8));
            default -> throw new IllegalArgumentException("unknown format '" + format + "': use json or csv");
        };
    }
}
