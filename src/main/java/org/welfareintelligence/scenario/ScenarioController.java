package org.welfareintelligence.scenario;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.welfareintelligence.analytics.export.TableFormat;
import org.welfareintelligence.web.Answer;
import org.welfareintelligence.web.ApiError;

@RestController
@Tag(name = "Scenarios", description = "What-if scenarios over the years: open, close and resize centres, change "
        + "demand, simulate against the baseline (docs/scenarios.md)")
class ScenarioController {

    private static final String BASE = "/api/scenarios";
    private static final MediaType GEOJSON = MediaType.parseMediaType("application/geo+json");

    private final ScenarioService scenarios;
    private final ScenarioJobs jobs;
    private final ScenarioExports exports;

    ScenarioController(ScenarioService scenarios, ScenarioJobs jobs, ScenarioExports exports) {
        this.scenarios = scenarios;
        this.jobs = jobs;
        this.exports = exports;
    }

    @Operation(summary = "Scenarios the caller may read: their own, those shared with their role or organisation")
    @GetMapping(BASE)
    List<ScenarioService.ScenarioView> list() {
        return scenarios.list();
    }

    @Operation(summary = "Create a scenario", description = "400 naming the field for bad input; 403 for a role that "
            + "may not create scenarios")
    @PostMapping(BASE)
    ResponseEntity<ScenarioService.ScenarioView> create(@RequestBody ScenarioRequest request) {
        ScenarioService.ScenarioView view = scenarios.create(request);
        return ResponseEntity.created(URI.create(BASE + "/" + view.id())).body(view);
    }

    @Operation(summary = "A scenario")
    @GetMapping(BASE + "/{id}")
    ScenarioService.ScenarioView get(@PathVariable long id) {
        return scenarios.get(id);
    }

    @Operation(summary = "Replace a scenario (its owner only; a baseline answers 409)")
    @PutMapping(BASE + "/{id}")
    ScenarioService.ScenarioView update(@PathVariable long id, @RequestBody ScenarioRequest request) {
        return scenarios.update(id, request);
    }

    @Operation(summary = "Delete a scenario (its owner, or an administrator)")
    @DeleteMapping(BASE + "/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        scenarios.delete(id);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Copy a scenario the caller may read into a new one they own")
    @PostMapping(BASE + "/{id}/copy")
    ResponseEntity<ScenarioService.ScenarioView> copy(@PathVariable long id) {
        ScenarioService.ScenarioView view = scenarios.copy(id);
        return ResponseEntity.created(URI.create(BASE + "/" + view.id())).body(view);
    }

    @Operation(summary = "Simulate a scenario and its baseline", description = "Loads the inputs at once (400 naming "
            + "what is wrong), then queues the simulation: 202 with the job's status and its URL in Location")
    @PostMapping(BASE + "/{id}/simulate")
    ResponseEntity<ScenarioJob.Status> simulate(@PathVariable long id) {
        ScenarioJob job = scenarios.simulate(id);
        return ResponseEntity.accepted().location(URI.create(BASE + "/jobs/" + job.id)).body(job.status());
    }

    @Operation(summary = "The order of the scenario's openings, closures and resizes within a yearly budget",
            description = "Body {budgetPerYear: one amount or one per year, objective: served (default) or "
                    + "within_reach}. Each change in the year that gives the most people summed over the horizon "
                    + "(or left out, with the reason); unspent budget carries over, a saving adds to it (docs/scenarios.md)")
    @PostMapping(BASE + "/{id}/order")
    ScenarioResults.OrderView order(@PathVariable long id, @RequestBody OrderRequest request) {
        return scenarios.order(id, request);
    }

    @Operation(summary = "A simulation job's status")
    @GetMapping(BASE + "/jobs/{jobId}")
    ScenarioJob.Status job(@PathVariable String jobId) {
        return scenarios.job(jobId).status();
    }

    @Operation(summary = "A simulation job's progress as server-sent events",
            description = "Event 'progress' on every change and a last event 'done' (SUCCEEDED or FAILED)")
    @GetMapping(value = BASE + "/jobs/{jobId}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter events(@PathVariable String jobId) {
        return jobs.events(scenarios.job(jobId));
    }

    @Operation(summary = "The simulated scenario against its baseline: per year, per centre, per district")
    @GetMapping(BASE + "/{id}/result")
    ScenarioResults.ResultView result(@PathVariable long id,
                                      @Parameter(description = "year of the district diff, the last by default")
                                      @RequestParam(required = false) Integer year) {
        return scenarios.result(id, year);
    }

    @Operation(summary = "The per-section diff against the baseline as CSV")
    @GetMapping(value = BASE + "/{id}/result.csv", produces = "text/csv")
    Answer<ScenarioResults.SectionDiffView> csv(@PathVariable long id, @RequestParam(required = false) Integer year) {
        ScenarioResults.SectionDiffView view = scenarios.sections(id, year);
        return Answer.file("scenario-" + id + "-" + view.year() + ".csv", TableFormat.CSV,
                exports.csv(view).getBytes(StandardCharsets.UTF_8));
    }

    @Operation(summary = "The per-section diff against the baseline as GeoJSON")
    @GetMapping(value = BASE + "/{id}/result.geojson", produces = {"application/geo+json", "application/json"})
    Answer<ScenarioResults.SectionDiffView> geoJson(@PathVariable long id, @RequestParam(required = false) Integer year) {
        return Answer.rendered(GEOJSON, exports.geoJson(scenarios.sections(id, year)));
    }

    @Operation(summary = "Simulated scenarios side by side per year, with the first one's baseline")
    @GetMapping(BASE + "/compare")
    ScenarioResults.CompareView compare(@Parameter(description = "scenario ids, e.g. 3,5") @RequestParam String ids) {
        return scenarios.compare(ids);
    }

    @Operation(summary = "The comparison as an XLSX workbook: a row per year and scenario, the baseline first")
    @GetMapping(BASE + "/compare.xlsx")
    Answer<ScenarioResults.CompareView> compareXlsx(@RequestParam String ids) {
        return Answer.file("scenarios-comparison.xlsx", TableFormat.XLSX, exports.xlsx(scenarios.compare(ids)));
    }

    @Operation(summary = "The comparison as a PDF for council papers: per year the baseline and the scenarios side "
            + "by side with bars, in the reader's language; withheld counts shown as such")
    @GetMapping(BASE + "/compare.pdf")
    Answer<ScenarioResults.CompareView> comparePdf(@RequestParam String ids, Locale locale) {
        return Answer.file("scenarios-comparison.pdf", MediaType.APPLICATION_PDF,
                exports.comparisonPdf(scenarios.compare(ids), locale));
    }

    @ExceptionHandler(ScenarioService.ConflictException.class)
    ResponseEntity<ApiError> conflict(ScenarioService.ConflictException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(ApiError.of(409, "Conflict", e.getMessage()));
    }

    @ExceptionHandler(ScenarioJobs.BusyException.class)
    ResponseEntity<ApiError> busy(ScenarioJobs.BusyException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "60")
                .body(ApiError.of(503, HttpStatus.SERVICE_UNAVAILABLE.getReasonPhrase(), e.getMessage()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getMostSpecificCause();
        return ResponseEntity.badRequest().body(ApiError.of(400, "Bad Request", "the request body is not a valid "
                + "scenario: " + (cause.getMessage() == null ? e.getMessage()
                : cause.getMessage().lines().findFirst().orElse(""))));
    }
}
