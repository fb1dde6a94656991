package org.welfareintelligence.ingest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Imports", description = "Upload territory, census, and supply data; every upload is all-or-nothing")
public class ImportController {

    private final ImportService imports;

    ImportController(ImportService imports) {
        this.imports = imports;
    }

    @Operation(summary = "Import a file",
            description = "kind: areas (GeoJSON or zipped Shapefile; level=municipio|neighbourhood|census-area), "
                    + "sections (polygons with SEZ2011), census (ISTAT CSV, ';' or ',', UTF-8 or latin-1, gzip "
                    + "accepted; optional mapping file), section-links (CSV SEZ2011 → NIL), organisations (CSV), "
                    + "facilities (GeoJSON points), facility-services (CSV), travel-costs (CSV origin,destination,cost; "
                    + "unit=minutes|metres, destinations=facilities|sections), occupancy (CSV facility_code,service_type,in_use,waiting,as_of), "
                    + "supply-timeline (CSV facility_code,service_type,effective_on,places[,status=OPEN|CLOSED]; "
                    + "replaces the timeline of each service named). Geometry is reprojected from the "
                    + "file's CRS or from srid; invalid polygons are repaired unless repair=false.")
    @PostMapping(value = "/api/imports/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ImportReport upload(@PathVariable String kind,
                        @RequestParam("file") MultipartFile file,
                        @Parameter(description = "custom census→target mapping (target_code;formula;source;method)")
                        @RequestParam(value = "mappingFile", required = false) MultipartFile mappingFile,
                        @RequestParam(required = false) String source,
                        @RequestParam(required = false) String licence,
                        @RequestParam(required = false) String period,
                        @Parameter(description = "EPSG code of the coordinates when the file does not say it")
                        @RequestParam(required = false) Integer srid,
                        @RequestParam(defaultValue = "true") boolean repair,
                        @RequestParam Map<String, String> parameters,
                        Principal principal) throws IOException {
        if (file.isEmpty()) {
            throw new IllegalArgumentException("the uploaded file " + file.getOriginalFilename() + " is empty");
        }
        Map<String, String> fields = ImportOptions.fieldOptions(parameters::get);
        ImportOptions options = new ImportOptions(source, licence, period, srid, repair, false,
                principal == null ? "anonymous" : principal.getName(), fields);
        String fileName = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
        return imports.importFile(ImportKind.parse(kind), fileName, file.getBytes(), options,
                mappingFile == null ? null : mappingFile.getOriginalFilename(),
                mappingFile == null ? null : mappingFile.getBytes());
    }

    @Operation(summary = "The most recent import batches with their provenance and counts")
    @GetMapping("/api/imports")
    List<Map<String, Object>> batches(@RequestParam(defaultValue = "50") int limit) {
        return imports.recentBatches(Math.max(1, Math.min(limit, 500)));
    }
}
