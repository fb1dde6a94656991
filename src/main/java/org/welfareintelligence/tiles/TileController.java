package org.welfareintelligence.tiles;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.welfareintelligence.supply.SupplyInForce;

@RestController
@Tag(name = "Vector tiles", description = "Mapbox Vector Tiles of sections, facilities and areas")
public class TileController {

    static final MediaType MVT = MediaType.parseMediaType("application/vnd.mapbox-vector-tile");

    private final VectorTiles tiles;

    TileController(VectorTiles tiles) {
        this.tiles = tiles;
    }

    @Operation(summary = "A vector tile",
            description = "layer: sections, facilities, municipi, neighbourhoods or census-areas. Sections carry "
                    + "code, population, neighbourhood and, with target, the target's value; facilities carry "
                    + "code, name, status, organisation, services and capacity.")
    @GetMapping("/tiles/{layer}/{z}/{x}/{y}.mvt")
    ResponseEntity<byte[]> tile(@PathVariable String layer, @PathVariable int z, @PathVariable int x,
                                @PathVariable int y,
                                @Parameter(description = "target code whose demand becomes the 'value' attribute")
                                @RequestParam(required = false) String target,
                                @RequestParam(required = false) String period,
                                @Parameter(description = "demand in force in this year (unless period is given); "
                                        + "facilities in force on 1 July of it (unless date is given)")
                                @RequestParam(required = false) Integer year,
                                @Parameter(description = "only facilities in force on this date, YYYY-MM-DD")
                                @RequestParam(required = false) String date,
                                @RequestParam(required = false) String serviceType, WebRequest request) {
        VectorTiles.Layer parsed = parseLayer(layer);
        if (z < 0 || z > 22 || x < 0 || y < 0 || x >= (1L << z) || y >= (1L << z)) {
            throw new IllegalArgumentException("tile " + z + "/" + x + "/" + y + " does not exist: "
                    + "z must be 0-22 and x, y between 0 and 2^z - 1");
        }
        // clients revalidate every time (a cheap 304 until the data changes); layers with counts vary by reader
        CacheControl cache = parsed == VectorTiles.Layer.FACILITIES ? CacheControl.noCache().cachePublic()
                : CacheControl.noCache().cachePrivate();
        String etag = tiles.etag(parsed);
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).cacheControl(cache).build();
        }
        LocalDate supplyOn = date == null && year == null ? null : SupplyInForce.date(date, year);
        byte[] body = tiles.tile(parsed, z, x, y,
                new VectorTiles.TileQuery(target, period, year, serviceType, supplyOn));
        return ResponseEntity.ok()
                .contentType(MVT)
                .eTag(etag)
                .cacheControl(cache)
                .body(body == null ? new byte[0] : body);
    }

    private static VectorTiles.Layer parseLayer(String layer) {
        try {
            return VectorTiles.Layer.parse(layer);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown layer '" + layer
                    + "': use sections, facilities, municipi, neighbourhoods or census-areas");
        }
    }
}
