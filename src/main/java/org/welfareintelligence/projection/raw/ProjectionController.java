package org.welfareintelligence.projection.raw;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.welfareintelligence.web.Answer;
import org.welfareintelligence.web.Csv;

@RestController
@Tag(name = "Projections", description = "Demand projected to future years with 80 % intervals")
class ProjectionController {

    private final Clock clock = Clock.systemDefaultZone();

    @Operation(summary = "Projection of uploaded series alone (no database)",
            description = "Multipart: series (area,year,value; at least 2 periods, every area in every period), "
                    + "years (comma-separated target years, from this year to 100 years ahead), optional method "
                    + "(constant, damped_trend, share_of_growth; default the one with the lowest backtest error), "
                    + "optional parent (area,parent: each level is fitted alone, then children are scaled to add "
                    + "up to their parent), optional total (the city total at each target year, comma-separated, for "
                    + "share_of_growth). Answers area,year,value,lower80,upper80,method at full precision. "
                    + "format: csv (default) or json. See docs/projection.md.")
    @PostMapping(value = "/api/projections/raw", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Answer<List<RawProjection.Projected>> raw(@RequestParam("series") MultipartFile series,
                                              @RequestParam(value = "parent", required = false) MultipartFile parent,
                                              @RequestParam String years,
                                              @RequestParam(required = false) String method,
                                              @RequestParam(required = false) String total,
                                              @RequestParam(defaultValue = "csv") String format) throws IOException {
        String answerFormat = format.toLowerCase(Locale.ROOT);
        if (!"csv".equals(answerFormat) && !"json".equals(answerFormat)) {
            throw new IllegalArgumentException("format: unknown format '" + format + "', use csv or json");
        }
        ProjectionRequest request = ProjectionRequest.of(named(series), parent == null ? null : named(parent), years,
                method, total, Year.now(clock));
        List<RawProjection.Projected> projected = RawProjection.project(request);
        if ("json".equals(answerFormat)) {
            return Answer.json(projected);
        }
        StringBuilder csv = new StringBuilder("area,year,value,lower80,upper80,method\n");
        projected.forEach(p -> csv.append(Csv.field(p.area())).append(',').append(p.year()).append(',')
                .append(p.value()).append(',').append(p.lower80()).append(',').append(p.upper80()).append(',')
                .append(p.method().name().toLowerCase(Locale.ROOT)).append('\n'));
        return Answer.rendered(Csv.MEDIA_TYPE, csv.toString());
    }

    private static ProjectionRequest.NamedFile named(MultipartFile file) throws IOException {
        return new ProjectionRequest.NamedFile(file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                ? file.getName() : file.getOriginalFilename(), file.getBytes());
    }
}
