package org.welfareintelligence.supply;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.welfareintelligence.database.DataVersion;
import org.welfareintelligence.geo.BoundingBox;
import org.welfareintelligence.i18n.Language;
import org.welfareintelligence.web.NotFoundException;

@RestController
@Tag(name = "Supply", description = "Facilities, the services they offer and their operators")
public class SupplyController {

    private static final String GEOJSON = "application/geo+json";

    private final FacilityQueries facilities;
    private final ServiceTypeRepository serviceTypes;
    private final OrganisationRepository organisations;
    private final FacilityEdits edits;
    private final DataVersion version;

    SupplyController(FacilityQueries facilities, ServiceTypeRepository serviceTypes,
                     OrganisationRepository organisations, FacilityEdits edits, DataVersion version) {
        this.facilities = facilities;
        this.serviceTypes = serviceTypes;
        this.organisations = organisations;
        this.edits = edits;
        this.version = version;
    }

    @Operation(summary = "Facilities as GeoJSON points with their services, capacities and operator")
    @GetMapping(value = "/api/facilities", produces = {GEOJSON, MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<String> facilities(@RequestParam(required = false) String serviceType,
                      @RequestParam(required = false) String organisation,
                      @Parameter(description = "OPEN, PLANNED, SUSPENDED or CLOSED")
                      @RequestParam(required = false) String status,
                      @Parameter(description = "minLon,minLat,maxLon,maxLat in EPSG:4326")
                      @RequestParam(required = false) String bbox,
                      @Parameter(description = "only the facilities in force on this date (YYYY-MM-DD), with the places "
                              + "then; without it every facility, marked inForce today")
                      @RequestParam(required = false) String date,
                      @Parameter(description = "as date, on 1 July of this year")
                      @RequestParam(required = false) Integer year, WebRequest request) {
        String normalisedStatus = status == null ? null : status.toUpperCase(Locale.ROOT);
        FacilityQueries.Filter filter = new FacilityQueries.Filter(serviceType, organisation, normalisedStatus,
                BoundingBox.parse(bbox), null, date == null && year == null ? null : SupplyInForce.date(date, year));
        // facilities carry no counts of people: one tag for every reader of a language (service names are in it;
        // Italian, the default, keeps the plain tag), revalidated on each use
        Language language = Language.current();
        String etag = version.etag(false, language == Language.IT ? null : language.code());
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).cacheControl(CacheControl.noCache()).build();
        }
        return ResponseEntity.ok().eTag(etag).cacheControl(CacheControl.noCache()).body(facilities.geoJson(filter));
    }

    @Operation(summary = "One facility as a GeoJSON FeatureCollection of one feature")
    @GetMapping(value = "/api/facilities/{code}", produces = {GEOJSON, MediaType.APPLICATION_JSON_VALUE})
    String facility(@PathVariable String code) {
        if (!facilities.exists(code)) {
            throw new NotFoundException("no facility with code " + code);
        }
        return facilities.geoJson(new FacilityQueries.Filter(null, null, null, null, code));
    }

    @Operation(summary = "Change a facility's name, address, status or the capacity of its services",
            description = "An organisation member may change only its own organisation's facilities; any other "
                    + "code answers 404. Planners and administrators may change every facility.")
    @PutMapping(value = "/api/facilities/{code}", produces = {GEOJSON, MediaType.APPLICATION_JSON_VALUE})
    String updateFacility(@PathVariable String code, @RequestBody FacilityUpdate update) {
        edits.update(code, update);
        return facilities.geoJson(new FacilityQueries.Filter(null, null, null, null, code));
    }

    @Operation(summary = "The service types, grouped by category")
    @GetMapping("/api/service-types")
    List<ServiceType> serviceTypes() {
        return serviceTypes.findAllByOrderByCategoryCodeAscCodeAsc();
    }

    @Operation(summary = "The operator organisations")
    @GetMapping("/api/organisations")
    List<Organisation> organisations() {
        return organisations.findAllByOrderByName();
    }
}
