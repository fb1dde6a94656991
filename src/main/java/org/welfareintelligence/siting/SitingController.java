package org.welfareintelligence.siting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.welfareintelligence.jobs.Job;
import org.welfareintelligence.jobs.Jobs;
import org.welfareintelligence.web.ApiError;

@RestController
@Tag(name = "Location planning", description = "Where should new centres go, keeping today's ones? "
        + "Asynchronous optimisation jobs over the city's demand and facilities")
class SitingController {

    private static final String BASE = "/api/optimisation/jobs";
    private static final MediaType GEOJSON = MediaType.parseMediaType("application/geo+json");

    /** A model a job can run and the request fields it reads. */
    record ModelInfo(String code, String label, List<String> parameters) {
    }

    private final SitingJobs jobs;
    private final SitingReports reports;
    private final SitingExports exports;

    SitingController(SitingJobs jobs, SitingReports reports, SitingExports exports) {
        this.jobs = jobs;
        this.reports = reports;
        this.exports = exports;
    }

    @Operation(summary = "Location models available to jobs")
    @GetMapping("/api/optimisation/models")
    List<ModelInfo> models() {
        return Arrays.stream(SitingModel.values()).map(m -> new ModelInfo(m.code(), m.label(), m.parameters())).toList();
    }

    @Operation(summary = "Submit a siting job",
            description = "Checks the request and reads the problem at once (400 naming what is wrong), then "
                    + "queues it: 202 with the job's status and its URL in Location; 503 when the queue is full.")
    @PostMapping(BASE)
    ResponseEntity<SitingJob.Status> submit(@RequestBody SitingRequest request, Authentication user) {
        SitingJob job = jobs.submit(request, user.getName());
        return ResponseEntity.accepted().location(URI.create(BASE + "/" + job.id())).body(job.status());
    }

    @Operation(summary = "A job's status and progress")
    @GetMapping(BASE + "/{id}")
    SitingJob.Status status(@PathVariable String id, Authentication user) {
        return jobs.find(id, user).status();
    }

    @Operation(summary = "A job's progress as server-sent events",
            description = "Event 'progress' on every change and a last event 'done' (state SUCCEEDED, FAILED or "
                    + "CANCELLED), each carrying the job's status as JSON.")
    @GetMapping(value = BASE + "/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter events(@PathVariable String id, Authentication user) {
        return jobs.events(id, user);
    }

    @Operation(summary = "Cancel a job", description = "A finished job is left as it is.")
    @DeleteMapping(BASE + "/{id}")
    SitingJob.Status cancel(@PathVariable String id, Authentication user) {
        return jobs.cancel(id, user).status();
    }

    @Operation(summary = "A solved job's result: chosen sites, what each adds, access per target today and "
            + "with the plan, the solver's certificate")
    @GetMapping(BASE + "/{id}/result")
    SitingReport result(@PathVariable String id, Authentication user) {
        SitingJob job = solved(id, user);
        return reports.report(job.status(), jobs.result(job), BASE + "/" + id);
    }

    @Operation(summary = "A solved job as GeoJSON: open sites (kind new / existing) and allocation lines")
    @GetMapping(value = BASE + "/{id}/result.geojson", produces = {"application/geo+json", "application/json"})
    ResponseEntity<Map<String, Object>> geoJson(@PathVariable String id, Authentication user) {
        return ResponseEntity.ok().contentType(GEOJSON).body(exports.geoJson(jobs.result(solved(id, user))));
    }

    @Operation(summary = "A solved job as CSV")
    @GetMapping(value = BASE + "/{id}/result.csv", produces = "text/csv")
    ResponseEntity<String> csv(@PathVariable String id,
                               @Parameter(description = "sections (allocation of each section) or sites")
                               @RequestParam(defaultValue = "sections") String table, Authentication user) {
        SitingResult result = jobs.result(solved(id, user));
        String body = switch (table) {
            case "sections" -> exports.sectionsCsv(result);
            case "sites" -> exports.sitesCsv(result);
            default -> throw new IllegalArgumentException("table '" + table + "' is unknown: use sections or sites");
        };
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"siting-" + id + "-" + table + ".csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(body);
    }

    private SitingJob solved(String id, Authentication user) {
        SitingJob job = jobs.find(id, user);
        if (job.state() != Job.State.SUCCEEDED) {
            throw new NotSolvedException("job " + id + " has no result: it is " + job.state());
        }
        return job;
    }

    /** A result asked for before the job succeeded; answered with 409. */
    static final class NotSolvedException extends RuntimeException {
        NotSolvedException(String message) {
            super(message);
        }
    }

    @ExceptionHandler(NotSolvedException.class)
    ResponseEntity<ApiError> notSolved(NotSolvedException e) {
        return error(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(Jobs.BusyException.class)
    ResponseEntity<ApiError> busy(Jobs.BusyException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "60")
                .body(ApiError.of(503, HttpStatus.SERVICE_UNAVAILABLE.getReasonPhrase(), e.getMessage()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getMostSpecificCause();
        return error(HttpStatus.BAD_REQUEST, "the request body is not a valid siting request: "
                + (cause.getMessage() == null ? e.getMessage() : cause.getMessage().lines().findFirst().orElse("")));
    }

    private static ResponseEntity<ApiError> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(ApiError.of(status.value(), status.getReasonPhrase(), message));
    }
}
