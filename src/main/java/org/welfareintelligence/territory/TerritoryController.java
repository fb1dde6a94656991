package org.welfareintelligence.territory;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.welfareintelligence.geo.BoundingBox;
import org.welfareintelligence.web.NotFoundException;

@RestController
@Tag(name = "Territory", description = "City, municipi, neighbourhoods, census areas and census sections")
public class TerritoryController {

    static final String GEOJSON = "application/geo+json";

    private final TerritoryQueries queries;

    TerritoryController(TerritoryQueries queries) {
        this.queries = queries;
    }

    @Operation(summary = "A territorial layer as GeoJSON",
            description = "level: city, municipio, neighbourhood (nil), census-area (ace) or section. "
                    + "Geometry is simplified to half a pixel at the given web-map zoom.")
    @GetMapping(value = "/api/territories/{level}", produces = {GEOJSON, MediaType.APPLICATION_JSON_VALUE})
    String layer(@PathVariable String level,
                 @Parameter(description = "minLon,minLat,maxLon,maxLat in EPSG:4326")
                 @RequestParam(required = false) String bbox,
                 @Parameter(description = "web-map zoom level (0-22) that sets the simplification")
                 @RequestParam(required = false) Integer zoom) {
        BoundingBox box = BoundingBox.parse(bbox);
        if (level.equalsIgnoreCase("section") || level.equalsIgnoreCase("sections")) {
            return queries.sectionsGeoJson(box, zoom);
        }
        return queries.areasGeoJson(parseLevel(level), box, zoom);
    }

    @Operation(summary = "Public places (schools, libraries…) as GeoJSON points",
            description = "The imported public places with their kind, code, name and address. kind: one of the "
                    + "imported kinds (school, library…), default every kind.")
    @GetMapping(value = "/api/public-places", produces = {GEOJSON, MediaType.APPLICATION_JSON_VALUE})
    String publicPlaces(@RequestParam(required = false) String kind,
                        @Parameter(description = "minLon,minLat,maxLon,maxLat in EPSG:4326")
                        @RequestParam(required = false) String bbox) {
        BoundingBox box = BoundingBox.parse(bbox);
        if (kind == null || kind.isBlank()) {
            return queries.publicPlacesGeoJson(null, box);
        }
        String asked = kind.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        List<String> kinds = queries.publicPlaceKinds();
        if (!kinds.contains(asked)) {
            throw new IllegalArgumentException("kind: no public place of kind '" + kind + "' is imported"
                    + (kinds.isEmpty() ? " (import them with /api/imports/public-places)" : "; known kinds: "
                    + String.join(", ", kinds)));
        }
        return queries.publicPlacesGeoJson(asked.toUpperCase(Locale.ROOT), box);
    }

    @Operation(summary = "One census section: population, families, area and its neighbourhood, municipio and census area")
    @GetMapping("/api/sections/{code}")
    TerritoryQueries.SectionDetails section(@PathVariable String code) {
        TerritoryQueries.SectionDetails section = queries.section(code);
        if (section == null) {
            throw new NotFoundException("no census section with code " + code);
        }
        return section;
    }

    private static AreaLevel parseLevel(String level) {
        try {
            return AreaLevel.parse(level);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown level '" + level
                    + "': use city, municipio, neighbourhood, census-area or section");
        }
    }
}
