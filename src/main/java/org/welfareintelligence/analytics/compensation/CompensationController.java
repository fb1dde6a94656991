package org.welfareintelligence.analytics.compensation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.welfareintelligence.analytics.export.Table;
import org.welfareintelligence.analytics.export.TableFormat;
import org.welfareintelligence.geo.CityProperties;
import org.welfareintelligence.web.Answer;
import org.welfareintelligence.web.PdfDocuments;
import tools.jackson.databind.ObjectMapper;

/**
 * Compensation works for a development site: the same figures as JSON, CSV, and one template rendered as the
 * report page and as its PDF, for a planner to attach to the request.
 */
@Controller
@Tag(name = "Analytics")
class CompensationController {

    /** A site as GeoJSON geometry (Point, Polygon or MultiPolygon in EPSG:4326) with its label and the question. */
    record CompensationRequest(String name, Map<String, Object> site, Double radius, List<String> serviceTypes,
                               String period) {
    }

    /** A site at a point, from the query string: lon, lat, radius (metres), serviceTypes, period and a label. */
    record PointQuery(Double lon, Double lat, Double radius, List<String> serviceTypes, String period, String name) {
    }

    record Links(String pdf, String csv, String json) {
    }

    private final CompensationService compensation;
    private final PdfDocuments pdf;
    private final TemplateEngine templates;
    private final ObjectMapper json;
    private final CityProperties city;

    CompensationController(CompensationService compensation, PdfDocuments pdf, TemplateEngine templates,
                           ObjectMapper json, CityProperties city) {
        this.compensation = compensation;
        this.pdf = pdf;
        this.templates = templates;
        this.json = json;
        this.city = city;
    }

    @Operation(summary = "Compensation works: what a development site's catchment lacks most against the norm",
            description = "The catchment is the census sections within radius metres (straight line) of the site at "
                    + "lon, lat. For each service type (serviceTypes, default every one offered in the city): the "
                    + "people of the targets it serves there, its open facilities and places within the radius, the "
                    + "places the city's people per place gives the catchment, the places missing and their share of "
                    + "that norm, the whole places compensation could fund and their staff (the city's staff per "
                    + "place for the service, else a category default). Ranked by the share missing, services missing "
                    + "at least one whole place first. format: json (default), csv, xlsx, html or pdf.")
    @GetMapping("/api/analytics/compensation")
    Answer<CompensationReport> atPoint(PointQuery query, @RequestParam(defaultValue = "json") String format) {
        CompensationQuestion question = CompensationQuestion.of(query.name(),
                CompensationQuestion.point(query.lon(), query.lat()), query.radius(), query.serviceTypes(),
                query.period());
        return respond(compensation.report(question), format, links(query));
    }

    /** Without a site: the page on which a planner picks one on the map. */
    @GetMapping(value = "/compensation", params = {"!lon", "!lat"})
    String sitePicker(Model model) {
        model.addAttribute("city", city);
        return "analytics/compensation-form";
    }

    @Operation(summary = "The compensation works report of a site at lon, lat as a page",
            description = "The parameters of GET /api/analytics/compensation; format: html (default) or pdf.")
    @GetMapping("/compensation")
    Answer<CompensationReport> reportPage(PointQuery query, @RequestParam(defaultValue = "html") String format) {
        return atPoint(query, format);
    }

    @Operation(summary = "Compensation works for a site drawn as a polygon or given as a point",
            description = "Body: {name, site: GeoJSON Point, Polygon or MultiPolygon in EPSG:4326, radius (metres), "
                    + "serviceTypes, period}; a polygon's catchment is measured from its edge. format: json (default), "
                    + "csv, xlsx, html or pdf.")
    @PostMapping("/api/analytics/compensation")
    Answer<CompensationReport> forSite(@RequestBody CompensationRequest request,
                                       @RequestParam(defaultValue = "json") String format) {
        CompensationQuestion question = CompensationQuestion.of(request.name(),
                request.site() == null ? null : json.writeValueAsString(request.site()), request.radius(),
                request.serviceTypes(), request.period());
        return respond(compensation.report(question), format, null);
    }

    private Answer<CompensationReport> respond(CompensationReport report, String format, Links links) {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "json", "csv", "xlsx" -> TableFormat.respond(format, report, table(report));
            case "html" -> Answer.rendered(MediaType.TEXT_HTML, page(report, links));
            case "pdf" -> Answer.file("compensation-works.pdf", MediaType.APPLICATION_PDF,
                    pdf.fromXhtml(page(report, null)));
            default -> throw new IllegalArgumentException("unknown format '" + format + "': use json, csv, xlsx, html or pdf");
        };
    }

    private static Table table(CompensationReport report) {
        Table table = Table.of("compensation-works", "rank", "service_type", "service", "people", "facilities_in_reach",
                "places_in_reach", "city_people_per_place", "expected_places", "missing_places", "missing_share",
                "fundable_places", "staff_per_place", "staff_basis", "fundable_staff");
        report.services().forEach(s -> table.row(s.rank(), s.serviceType(), s.serviceName(), s.people(),
                s.facilitiesInReach(), s.placesInReach(), s.cityPeoplePerPlace(), s.expectedPlaces(),
                s.missingPlaces(), s.missingShare(), s.fundablePlaces(), s.staffPerPlace(), s.staffBasis(),
                s.fundableStaff()));
        return table;
    }

    private String page(CompensationReport report, Links links) {
        Context model = new Context(LocaleContextHolder.getLocale());
        model.setVariable("r", report);
        model.setVariable("links", links);
        return templates.process("analytics/compensation", model);
    }

    private static Links links(PointQuery query) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/compensation").queryParam("lon", query.lon())
                .queryParam("lat", query.lat()).queryParam("radius", query.radius());
        if (query.serviceTypes() != null && !query.serviceTypes().isEmpty()) {
            url.queryParam("serviceTypes", String.join(",", query.serviceTypes()));
        }
        if (query.period() != null) {
            url.queryParam("period", query.period());
        }
        if (query.name() != null) {
            url.queryParam("name", query.name());
        }
        String base = url.encode().toUriString();
        return new Links(base + "&format=pdf", base + "&format=csv",
                base.replaceFirst("^/compensation", "/api/analytics/compensation"));
    }
}
