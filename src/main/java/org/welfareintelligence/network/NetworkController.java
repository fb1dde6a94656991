package org.welfareintelligence.network;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Street network", description = "Travel along streets: the walking graph, its travel costs and routes")
class NetworkController {

    private final StreetNetworkImporter importer;
    private final StreetCosts costs;
    private final StreetRoutes routes;

    NetworkController(StreetNetworkImporter importer, StreetCosts costs, StreetRoutes routes) {
        this.importer = importer;
        this.costs = costs;
        this.routes = routes;
    }

    @Operation(summary = "Import a street network",
            description = "GeoJSON or a zipped Shapefile (the .dbf may be missing) of street lines, any city. The lines "
                    + "are cut at shared vertices, the largest connected piece is kept (the answer says what was "
                    + "dropped) and replaces the previous network. Then recompute the travel costs.")
    @PostMapping(value = "/api/imports/street-network", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    StreetNetworkImporter.Report upload(@RequestParam("file") MultipartFile file,
                                        @Parameter(description = "EPSG code of the coordinates when the file does not say it")
                                        @RequestParam(required = false) Integer srid,
                                        @RequestParam(required = false) String source,
                                        Principal principal) throws IOException {
        if (file.isEmpty()) {
            throw new IllegalArgumentException("file: the uploaded file " + file.getOriginalFilename() + " is empty");
        }
        String fileName = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
        return importer.importFile(fileName, file.getBytes(), srid, source,
                principal == null ? "anonymous" : principal.getName(), false);
    }

    @Operation(summary = "The street network and its travel costs",
            description = "whether a network is imported, its size, and how many section × facility pairs have travel "
                    + "along the streets")
    @GetMapping("/api/network")
    StreetCosts.Status status() {
        return costs.status();
    }

    @Operation(summary = "Recompute travel along streets",
            description = "Writes section × facility travel costs within wi.network.cutoff-metres along the streets as "
                    + "the imported travel costs (METRES and MINUTES), replacing the previous run; run it after the "
                    + "facilities change. Analytics and siting use them with costs=imported.")
    @PostMapping("/api/network/costs")
    StreetCosts.Report recompute(Principal principal) {
        return costs.recompute(principal == null ? "anonymous" : principal.getName());
    }

    @Operation(summary = "The route along the streets between two points",
            description = "from and to as lat,lon; a GeoJSON Feature whose LineString runs from the first point "
                    + "along the streets to the second, with metres and minutes")
    @GetMapping("/api/network/route")
    StreetRoutes.RouteFeature route(@RequestParam(required = false) String from,
                                    @RequestParam(required = false) String to) {
        return routes.route(StreetRoutes.LatLon.parse("from", from), StreetRoutes.LatLon.parse("to", to));
    }
}
