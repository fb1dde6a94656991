package org.welfareintelligence.analytics.mix;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.welfareintelligence.analytics.AnalyticsProperties;
import org.welfareintelligence.analytics.export.Table;
import org.welfareintelligence.analytics.export.TableFormat;
import org.welfareintelligence.analytics.load.CentreLoadService;
import org.welfareintelligence.web.Answer;

@RestController
@Tag(name = "Analytics")
class ServiceMixController {

    private final ServiceMixService mixes;
    private final AnalyticsProperties properties;

    ServiceMixController(ServiceMixService mixes, AnalyticsProperties properties) {
        this.mixes = mixes;
        this.properties = properties;
    }

    @Operation(summary = "Which services to increase or decrease at a centre",
            description = "For each service the centre offers: the people of the targets it serves in the centre's "
                    + "catchment (sections nearest to it among that service's open centres, within the cutoff) by "
                    + "target, the places the city's people per place would give them, the change in places and in "
                    + "staff (the facility's own staff per place, or a default per service category), ranked from the "
                    + "largest increase to the largest decrease. format: json (default), csv or xlsx.")
    @GetMapping("/api/analytics/service-mix/{facility}")
    Answer<ServiceMixService.ServiceMixView> serviceMix(@PathVariable String facility,
                                                        @RequestParam(required = false) String period,
                                                        @RequestParam(required = false) Double cutoff,
                                                        @RequestParam(required = false) Double tolerance,
                                                        @RequestParam(required = false) String costs,
                                                        @RequestParam(defaultValue = "json") String format) {
        ServiceMixService.ServiceMixView view = mixes.serviceMix(facility, period,
                cutoff == null ? properties.defaultCutoff() : cutoff, tolerance == null ? CentreLoadService.DEFAULT_TOLERANCE : tolerance, costs);
        Table table = Table.of("service-mix-" + facility, "rank", "service_type", "service", "places", "people",
                "city_people_per_place", "expected_places", "place_change", "staff_per_place", "staff_basis",
                "staff_change", "load_ratio", "advice");
        view.services().forEach(s -> table.row(s.rank(), s.serviceType(), s.serviceName(), s.places(), s.people(),
                s.cityPeoplePerPlace(), s.expectedPlaces(), s.placeChange(), s.staffPerPlace(), s.staffBasis(),
                s.staffChange(), s.loadRatio(), s.advice()));
        return TableFormat.respond(format, view, table);
    }
}
