package org.welfareintelligence.finder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.welfareintelligence.geo.CityProperties;
import org.welfareintelligence.web.NotFoundException;

@Controller
@Tag(name = "Service finder", description = "Public: the nearest facilities offering a service")
class FinderController {

    private static final int MAX_RESULTS = 50;

    private final FinderQueries queries;
    private final CityProperties city;

    FinderController(FinderQueries queries, CityProperties city) {
        this.queries = queries;
        this.city = city;
    }

    @GetMapping("/find")
    String page(Model model) {
        model.addAttribute("city", city);
        return "find";
    }

    @Operation(summary = "The nearest facilities offering a service type, with distance in metres",
            description = "Open facilities only unless includeAll=true. Distance is a straight line.")
    @GetMapping("/api/finder/nearest")
    @ResponseBody
    List<FinderQueries.NearbyFacility> nearest(@RequestParam double lat, @RequestParam double lon,
                                               @RequestParam String serviceType,
                                               @RequestParam(defaultValue = "false") boolean includeAll,
                                               @RequestParam(defaultValue = "5") int limit) {
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            throw new IllegalArgumentException("lat must be within -90..90 and lon within -180..180, got "
                    + lat + ", " + lon);
        }
        if (limit < 1 || limit > MAX_RESULTS) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_RESULTS + ", got " + limit);
        }
        if (!queries.serviceTypeExists(serviceType)) {
            throw new NotFoundException("no service type with code " + serviceType + ": see /api/service-types");
        }
        return queries.nearest(lat, lon, serviceType, !includeAll, limit);
    }

    @Operation(summary = "Places whose name or address contains the text (no geocoder: only names in the database)")
    @GetMapping("/api/finder/places")
    @ResponseBody
    List<FinderQueries.Place> places(@RequestParam String q) {
        String text = q.trim();
        if (text.length() < 2 || text.length() > 100) {
            throw new IllegalArgumentException("q must be 2-100 characters, got " + text.length());
        }
        return queries.places(text, 10);
    }
}
