package org.welfareintelligence.routing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
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
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.welfareintelligence.jobs.Job;
import org.welfareintelligence.jobs.Jobs;
import org.welfareintelligence.web.Answer;
import org.welfareintelligence.web.ApiError;
import org.welfareintelligence.web.Csv;

@RestController
@Tag(name = "Routes and schedules", description = "Home visits and deliveries: each operator's day, in order, "
        + "within windows, shifts and breaks; asynchronous jobs")
class RoutingController {

    private static final String BASE = "/api/routing/jobs";
    private static final MediaType GEOJSON = MediaType.parseMediaType("application/geo+json");

    private final RoutingJobs jobs;
    private final RoutingExports exports;
    private final SampleDays samples;

    RoutingController(RoutingJobs jobs, RoutingExports exports, SampleDays samples) {
        this.jobs = jobs;
        this.exports = exports;
        this.samples = samples;
    }

    @Operation(summary = "A sample day to try the planner on: 40 home visits around a home-care centre, 4 operators",
            description = "The body to POST to /api/routing/jobs as it is, or to edit first.")
    @GetMapping("/api/routing/sample-day")
    RoutingRequest sampleDay() {
        return samples.sampleDay();
    }

    @Operation(summary = "Plan a day (JSON)", description = "Checks the day at once (400 naming the field), then "
            + "queues its search: 202 with the job's status and its URL in Location; 503 when the queue is full.")
    @PostMapping(value = BASE, consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RoutingJob.Status> submit(@RequestBody RoutingRequest request, Authentication user) {
        return accepted(jobs.submit(request, RoutingDays.Naming.JSON, user.getName()));
    }

    @Operation(summary = "Plan a day from two CSV files",
            description = "Parts 'visits' (id, lat, lon or facility or section, duration_minutes, window_start, "
                    + "window_end, skill, priority) and 'operators' (id, start_lat, start_lon or start_facility, "
                    + "optional end_*, shift_start, shift_end, skills separated by ';', break_earliest, break_latest, "
                    + "break_minutes).")
    @PostMapping(value = BASE, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<RoutingJob.Status> submitCsv(@RequestPart("visits") MultipartFile visits,
                                                @RequestPart("operators") MultipartFile operators,
                                                @RequestParam(required = false) Double detourFactor,
                                                @RequestParam(required = false) Double speedKmh,
                                                @RequestParam(required = false) Integer timeLimitSeconds,
                                                Authentication user) throws IOException {
        RoutingRequest request = RoutingRequest.fromCsv(visits.getBytes(), operators.getBytes(), detourFactor,
                speedKmh, timeLimitSeconds);
        return accepted(jobs.submit(request, RoutingDays.Naming.CSV, user.getName()));
    }

    @Operation(summary = "A job's status and, once solved, its plan: per operator the ordered stops with arrival, "
            + "start and departure, travel and workload; the visits left out with the reason")
    @GetMapping(BASE + "/{id}")
    RoutingPlanView job(@PathVariable String id, Authentication user) {
        RoutingJob job = jobs.find(id, user);
        return RoutingPlanView.of(job, job.state() == Job.State.SUCCEEDED ? jobs.solved(job) : null);
    }

    @Operation(summary = "A job's progress as server-sent events",
            description = "Event 'progress' on every change and a last event 'done' (SUCCEEDED or FAILED).")
    @GetMapping(value = BASE + "/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter events(@PathVariable String id, Authentication user) {
        return jobs.events(id, user);
    }

    @Operation(summary = "Cancel a job", description = "A finished job is left as it is.")
    @DeleteMapping(BASE + "/{id}")
    RoutingJob.Status cancel(@PathVariable String id, Authentication user) {
        return jobs.cancel(id, user).status();
    }

    @Operation(summary = "A solved plan as CSV: one row per stop, then the visits left out with the reason")
    @GetMapping(value = BASE + "/{id}.csv", produces = "text/csv")
    Answer<RoutingPlanView> csv(@PathVariable String id, Authentication user) {
        return Answer.file("routes-" + id + ".csv", Csv.MEDIA_TYPE,
                exports.csv(solved(id, user).plan()).getBytes(StandardCharsets.UTF_8));
    }

    @Operation(summary = "A solved plan as GeoJSON: a LineString per operator, a Point per stop and per visit left out")
    @GetMapping(value = BASE + "/{id}.geojson", produces = {"application/geo+json", "application/json"})
    Answer<RoutingPlanView> geoJson(@PathVariable String id, Authentication user) {
        return Answer.rendered(GEOJSON, exports.geoJson(solved(id, user).plan()));
    }

    @Operation(summary = "An operator's printable day sheet (PDF, in the reader's language)")
    @GetMapping(value = BASE + "/{id}/operators/{operator}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    Answer<RoutingPlanView> daySheet(@PathVariable String id, @PathVariable String operator, Locale locale,
                                     Authentication user) {
        return Answer.file("day-" + operator + ".pdf", MediaType.APPLICATION_PDF,
                exports.daySheet(solved(id, user), operator, locale));
    }

    private static ResponseEntity<RoutingJob.Status> accepted(RoutingJob job) {
        return ResponseEntity.accepted().location(URI.create(BASE + "/" + job.id())).body(job.status());
    }

    private RoutingPlanView solved(String id, Authentication user) {
        RoutingJob job = jobs.find(id, user);
        if (job.state() != Job.State.SUCCEEDED) {
            throw new NotSolvedException("job " + id + " has no plan: it is " + job.state());
        }
        return RoutingPlanView.of(job, jobs.solved(job));
    }

    /** A plan asked for before the job succeeded; answered with 409. */
    static final class NotSolvedException extends RuntimeException {
        NotSolvedException(String message) {
            super(message);
        }
    }

    @ExceptionHandler(NotSolvedException.class)
    ResponseEntity<ApiError> notSolved(NotSolvedException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(ApiError.of(409, "Conflict", e.getMessage()));
    }

    @ExceptionHandler(Jobs.BusyException.class)
    ResponseEntity<ApiError> busy(Jobs.BusyException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "60")
                .body(ApiError.of(503, "Service Unavailable", e.getMessage()));
    }

    /** A body that is not JSON or has a value of the wrong type names the field Jackson stopped at. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        String detail = e.getMostSpecificCause().getMessage();
        return ResponseEntity.badRequest().body(ApiError.of(400, "Bad Request", "the body is not a valid day to plan: "
                + (detail == null ? e.getMessage() : detail.lines().findFirst().orElse(""))));
    }
}
