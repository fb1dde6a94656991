package org.welfareintelligence.analytics;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.welfareintelligence.WelfareIntelligenceApplication;
import org.welfareintelligence.analytics.accessibility.AccessibilityRequest;
import org.welfareintelligence.analytics.accessibility.AccessibilityService;
import org.welfareintelligence.analytics.catchment.CatchmentService;
import org.welfareintelligence.analytics.cost.TravelCostModel;
import org.welfareintelligence.analytics.cost.TravelCosts;
import org.welfareintelligence.analytics.inputs.StudyInputs;
import org.welfareintelligence.analytics.inputs.StudyTime;
import org.welfareintelligence.analytics.inputs.StudySections;
import org.welfareintelligence.analytics.inputs.StudySupply;
import org.welfareintelligence.analytics.measure.Catchments;
import org.welfareintelligence.analytics.measure.Overlaps;
import org.welfareintelligence.analytics.measure.SparseCosts;

/**
 * Times the analytics on the database the application is configured with (the sample city is loaded when it
 * is empty): catchment + overlap compute, E2SFCA compute in process, and the same E2SFCA through the HTTP API
 * end to end with a signed-in session, as a browser calls it. Prints a Markdown table of medians.
 * Arguments: passes (default 7), target (P_ELDERLY_ALONE), service type (HOME_CARE), cutoff in metres (1500).
 */
public final class AnalyticsBenchmark {

    private static final int WARM_UP = 3;

    private AnalyticsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int passes = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        String target = args.length > 1 ? args[1] : "P_ELDERLY_ALONE";
        String serviceType = args.length > 2 ? args[2] : "HOME_CARE";
        double cutoff = args.length > 3 ? Double.parseDouble(args[3]) : 1500;
        SpringApplication application = new SpringApplication(WelfareIntelligenceApplication.class);
        application.setDefaultProperties(java.util.Map.of("server.port", "0", "logging.level.root", "WARN"));
        try (ConfigurableApplicationContext context = application.run()) {
            StudyInputs inputs = context.getBean(StudyInputs.class);
            TravelCosts costs = context.getBean(TravelCosts.class);
            CatchmentService catchments = context.getBean(CatchmentService.class);
            AccessibilityService accessibility = context.getBean(AccessibilityService.class);
            AnalyticsProperties properties = context.getBean(AnalyticsProperties.class);

            StudySections sections = inputs.sections();
            StudySupply supply = inputs.supply(serviceType, StudyTime.now());
            double[] demand = inputs.demand(sections, target, StudyTime.now());
            TravelCostModel model = costs.model(null);
            SparseCosts toCentres = model.sectionsToFacilities(sections, supply, cutoff);
            double[] bands = {cutoff / 2, cutoff};
            AccessibilityRequest e2sfca = AccessibilityRequest.of(target, serviceType, StudyTime.now(), "e2sfca-step", cutoff,
                    null, null, null, null, properties.defaultCutoff());

            double sectionsMs = median(passes, inputs::sections);
            double demandMs = median(passes, () -> inputs.demand(sections, target, StudyTime.now()));
            double supplyMs = median(passes, () -> inputs.supply(serviceType, StudyTime.now()));
            double costsMs = median(passes, () -> model.sectionsToFacilities(sections, supply, cutoff));
            double coreMs = median(passes, () -> {
                Catchments.allocate(toCentres, demand, supply.capacity(), bands);
                Overlaps.of(toCentres, sections.population(), cutoff);
            });
            double withInputsMs = median(passes, () -> catchments.analyse(target, serviceType, StudyTime.now(), cutoff, null, null));
            double e2sfcaMs = median(passes, () -> accessibility.compute(e2sfca));

            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            HttpClient http = signedIn(port);
            String query = "target=" + target + "&serviceType=" + serviceType + "&cutoff=" + cutoff;
            double apiMs = median(passes, () -> get(http, port, "/api/analytics/accessibility?method=e2sfca-step&" + query));
            double catchmentApiMs = median(passes, () -> get(http, port, "/api/analytics/catchments?" + query));
            double overlapApiMs = median(passes, () -> get(http, port, "/api/analytics/overlaps?" + query));

            System.out.printf(Locale.ROOT, "%n%d sections, %d %s centres, %d section-centre pairs within %.0f %s; "
                            + "median of %d passes after " + WARM_UP + " to warm up%n%n", sections.size(), supply.size(), serviceType,
                    toCentres.pairs(), cutoff, model.unit(), passes);
            System.out.println("| measure | median ms |");
            System.out.println("|---|---:|");
            row("read sections (metric points, units) from PostGIS", sectionsMs);
            row("read the target's demand per section", demandMs);
            row("read the service type's open centres", supplyMs);
            row("Euclidean costs, sections to centres (grid)", costsMs);
            row("**catchment + overlap compute** (allocation, bands, loads, overlap pairs)", coreMs);
            row("catchment + overlap with inputs read from PostGIS and costs", withInputsMs);
            row("**E2SFCA (step) compute in process**, inputs from PostGIS included", e2sfcaMs);
            row("**E2SFCA (step) through the API**, JSON for every section, end to end", apiMs);
            row("catchments GeoJSON through the API (ST_Union per centre)", catchmentApiMs);
            row("overlap layer GeoJSON through the API", overlapApiMs);
            System.out.printf(Locale.ROOT, "%nAPI end to end / compute = %.2f%n", apiMs / e2sfcaMs);
        }
    }

    private static void row(String label, double ms) {
        System.out.printf(Locale.ROOT, "| %s | %.1f |%n", label, ms);
    }

    /** Median wall time in milliseconds of {@code passes} runs, after {@code WARM_UP} runs to warm up. */
    private static double median(int passes, Task task) throws Exception {
        for (int w = 0; w < WARM_UP; w++) {
            task.run();
        }
        double[] times = new double[passes];
        for (int p = 0; p < passes; p++) {
            long start = System.nanoTime();
            task.run();
            times[p] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times[passes / 2];
    }

    /** Signs in through the login form, as a browser does, so that requests reuse one session. */
    private static HttpClient signedIn(int port) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String password = System.getenv().getOrDefault("WI_ADMIN_PASSWORD", "admin");
        String form = "username=admin&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        return http;
    }

    private static void get(HttpClient http, int port, String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Encoding", "identity").build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
    }

    @FunctionalInterface
    private interface Task {
        void run() throws Exception;
    }
}
