package org.welfareintelligence.occupancy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.welfareintelligence.web.NotFoundException;

@RestController
@Tag(name = "Occupancy", description = "Places in use, free places and waiting lists of facility services")
class OccupancyController {

    private final OccupancyQueries queries;
    private final OccupancyEdits edits;

    OccupancyController(OccupancyQueries queries, OccupancyEdits edits) {
        this.queries = queries;
        this.edits = edits;
    }

    @Operation(summary = "A facility's services with places in use, free places and waiting list",
            description = "Free places = places − in use, never below 0; the people in use beyond the places are "
                    + "added to the waiting list. Waiting lists below the disclosure threshold are null for readers "
                    + "below PLANNER.")
    @GetMapping("/api/occupancy/{facilityCode}")
    List<ServiceOccupancy> facility(@PathVariable String facilityCode) {
        List<ServiceOccupancy> services = queries.ofFacility(facilityCode);
        if (services.isEmpty()) {
            throw new NotFoundException("no facility with code " + facilityCode + " offering a service");
        }
        return services;
    }

    @Operation(summary = "Set a facility service's places in use and waiting list",
            description = "Organisation members may set only their own organisation's facilities (another's: 403); "
                    + "planners and administrators any. Body: {\"inUse\": 18, \"waiting\": 4, \"asOf\": \"2026-11-30\"}.")
    @PutMapping("/api/occupancy/{facilityCode}/{serviceType}")
    ServiceOccupancy update(@PathVariable String facilityCode, @PathVariable String serviceType,
                            @RequestBody OccupancyUpdate update) {
        edits.update(facilityCode, serviceType, update);
        return queries.ofService(serviceType, List.of(facilityCode)).get(facilityCode);
    }
}
