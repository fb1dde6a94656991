package org.welfareintelligence.tender;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.welfareintelligence.web.Answer;
import org.welfareintelligence.web.Csv;
import org.welfareintelligence.web.PdfDocuments;
import org.welfareintelligence.territory.Zone;
import org.welfareintelligence.territory.ZoneResolver;

/**
 * The zone context report: one template rendered as a web page and as a PDF, and the same figures as CSV,
 * XLSX or JSON. A zone is a published area (level + code) or a polygon drawn on the map.
 */
@Controller
@Tag(name = "Tender support", description = "Zone context reports and bid checks for calls for tender")
class ZoneReportController {

    /**
     * A zone and its targets: a published area ({@code level} + {@code code}) or a drawn polygon (GeoJSON
     * geometry in EPSG:4326) with a label.
     */
    record ZoneRequest(String level, String code, String name, Map<String, Object> polygon, List<String> targets) {
    }

    record Links(String pdf, String csv, String xlsx) {
    }

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ZoneResolver zones;
    private final ZoneContextService contexts;
    private final ZoneMaps maps;
    private final PdfDocuments pdf;
    private final TemplateEngine templates;
    private final tools.jackson.databind.ObjectMapper json;
    private final MessageSource messages;

    ZoneReportController(ZoneResolver zones, ZoneContextService contexts, ZoneMaps maps, PdfDocuments pdf,
                         TemplateEngine templates, tools.jackson.databind.ObjectMapper json, MessageSource messages) {
        this.zones = zones;
        this.contexts = contexts;
        this.maps = maps;
        this.pdf = pdf;
        this.templates = templates;
        this.json = json;
        this.messages = messages;
    }

    /** The text of a key in the request's language: reports, files and bid checks are read by people. */
    private ZoneText text() {
        return new ZoneText(messages, LocaleContextHolder.getLocale());
    }

    @Operation(summary = "Context report of a municipio, neighbourhood or census area for chosen targets",
            description = "format: html (default, a web page), pdf, csv, xlsx or json. Counts are "
                    + "disclosure-controlled for readers below the planner role.")
    @GetMapping("/tender/zone-report")
    Answer<ZoneContext> areaReport(@RequestParam String level, @RequestParam String code,
                                 @RequestParam List<String> targets,
                                 @RequestParam(defaultValue = "html") String format) {
        Zone zone = zones.area(level, code);
        ZoneContext context = contexts.context(zone, targets);
        String base = UriComponentsBuilder.fromPath("/tender/zone-report").queryParam("level", level)
                .queryParam("code", code).queryParam("targets", String.join(",", targets)).encode().toUriString();
        Links links = new Links(base + "&format=pdf", base + "&format=csv", base + "&format=xlsx");
        return respond(zone, context, format, links);
    }

    @Operation(summary = "Bid check: how well a zone and target groups match measured need",
            description = "Body: {level, code} for a published area or {name, polygon} for a drawn one, and targets. "
                    + "Returns a score (mean percentile among peers), a verdict and the reasons behind it.")
    @PostMapping("/api/tender/bid-check")
    @org.springframework.web.bind.annotation.ResponseBody
    BidCheck bidCheck(@RequestBody ZoneRequest request) {
        Zone zone = resolve(request);
        return BidCheck.of(contexts.context(zone, request.targets()), text());
    }

    @Operation(summary = "Context report of a polygon drawn on the map or of a published area",
            description = "Body: {name, polygon: GeoJSON Polygon/MultiPolygon in EPSG:4326, targets: [codes]} "
                    + "(or {level, code, targets}). format: json (default), pdf, csv or xlsx.")
    @PostMapping("/api/tender/zone-report")
    Answer<ZoneContext> zoneReport(@RequestBody ZoneRequest request,
                                 @RequestParam(defaultValue = "json") String format) {
        Zone zone = resolve(request);
        return respond(zone, contexts.context(zone, request.targets()), format, null);
    }

    private Zone resolve(ZoneRequest request) {
        if (request.targets() == null) {
            throw new IllegalArgumentException("targets is missing: name at least one target code");
        }
        return zones.areaOrDrawn(request.level(), request.code(),
                request.polygon() == null ? null : json.writeValueAsString(request.polygon()), request.name());
    }

    private Answer<ZoneContext> respond(Zone zone, ZoneContext context, String format, Links links) {
        String fileName = "zone-context-" + context.zoneCode().replaceAll("[^A-Za-z0-9_-]", "_");
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "json" -> Answer.json(context);
            case "csv" -> Answer.file(fileName + ".csv", Csv.MEDIA_TYPE,
                    ZoneContextTable.csv(context, text()).getBytes(StandardCharsets.UTF_8));
            case "xlsx" -> Answer.file(fileName + ".xlsx", XLSX, ZoneContextTable.xlsx(context, text()));
            case "pdf" -> Answer.file(fileName + ".pdf", MediaType.APPLICATION_PDF, pdf.fromXhtml(page(zone, context, null)));
            case "html" -> Answer.rendered(MediaType.TEXT_HTML, page(zone, context, links));
            default -> throw new IllegalArgumentException(
                    "unknown format '" + format + "': use html, pdf, csv, xlsx or json");
        };
    }

    private String page(Zone zone, ZoneContext context, Links links) {
        List<String> serviceTypes = context.services().stream().map(ZoneContext.ServiceFigures::code).toList();
        ZoneContext.TargetFigures first = context.targets().get(0);
        ZoneText text = text();
        byte[] png = maps.png(zone, first.code(), serviceTypes, new ZoneMapImage.Legend(
                text.get("tender.map.legend", first.name()), text.get("tender.map.none"), text.get("tender.map.facility"),
                text.locale()));
        Context model = new Context(text.locale());
        model.setVariable("c", context);
        model.setVariable("links", links);
        model.setVariable("mapDataUri", "data:image/png;base64," + Base64.getEncoder().encodeToString(png));
        return templates.process("tender/zone-report", model);
    }
}
