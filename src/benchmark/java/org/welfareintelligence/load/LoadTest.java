package org.welfareintelligence.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bounded load of signed-in users on a running application with the sample city: each user signs in once
 * (form login, its own session) and then repeats, without pause, the map's mixed reads — a section tile at
 * zoom 13 with a target, the facilities layer, the demand of a target by neighbourhood, a 2SFCA and a finder
 * query — until the time is up. Prints latency percentiles per kind of request as CSV on stdout.
 *
 * <pre>bin/load-test [base-url] [users] [seconds]</pre>
 *
 * Loopback only, at most 200 users and 300 seconds, so it cannot be pointed at somebody else's server.
 * Start the application with high sign-in and request budgets (the demo accounts are shared by all users):
 * {@code WI_LOGIN_PER_MINUTE=100000 WI_HEAVY_PER_MINUTE=100000 bin/run}.
 */
public final class LoadTest {

    private static final String[] KINDS = {"tiles", "facilities", "demand", "2sfca", "finder"};
    private static final String[][] ACCOUNTS = {
        {"planner", "planner"}, {"organisation", "organisation"}, {"foundation", "foundation"}};
    private static final String[] TARGETS = {
        "P_ELDERLY_75_PLUS", "P_CHILDREN_0_4", "P_FOREIGN_RESIDENTS", "P_ELDERLY_NON_SELF_SUFFICIENT"};
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"([A-Z0-9_]+)\"");

    private final URI base;
    private final Map<String, List<Long>> nanos = new ConcurrentHashMap<>();
    private final Map<String, Integer> errors = new ConcurrentHashMap<>();
    private final Map<String, Integer> statuses = new ConcurrentHashMap<>();
    private List<String> serviceTypes;

    private LoadTest(URI base) {
        this.base = base;
        for (String kind : KINDS) {
            nanos.put(kind, Collections.synchronizedList(new ArrayList<>()));
        }
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:8080");
        int users = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        if (!InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
            throw new IllegalArgumentException("the load test runs against loopback only, not " + base.getHost());
        }
        if (users < 1 || users > 200 || seconds < 1 || seconds > 300) {
            throw new IllegalArgumentException("users must be 1-200 and seconds 1-300");
        }
        new LoadTest(base).run(users, seconds);
    }

    private void run(int users, int seconds) throws Exception {
        serviceTypes = codes(HttpClient.newHttpClient(), "/api/service-types");
        List<HttpClient> sessions = new ArrayList<>();
        for (int user = 0; user < users; user++) {
            sessions.add(signIn(ACCOUNTS[user % ACCOUNTS.length]));
        }
        ExecutorService pool = Executors.newFixedThreadPool(users);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        for (int user = 0; user < users; user++) {
            HttpClient session = sessions.get(user);
            Random random = new Random(user);
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    for (String kind : KINDS) {
                        if (System.nanoTime() >= end) {
                            break;
                        }
                        call(session, kind, path(kind, random));
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
        report(users, seconds);
    }

    private String path(String kind, Random random) {
        String target = TARGETS[random.nextInt(TARGETS.length)];
        String serviceType = serviceTypes.get(random.nextInt(serviceTypes.size()));
        double lat = 45.42 + random.nextDouble() * 0.09;
        double lon = 9.10 + random.nextDouble() * 0.15;
        return switch (kind) {
            case "tiles" -> {
                int z = 13;
                int x = (int) Math.floor((lon + 180) / 360 * (1 << z));
                double latRad = Math.toRadians(lat);
                int y = (int) Math.floor((1 - Math.log(Math.tan(latRad) + 1 / Math.cos(latRad)) / Math.PI) / 2
                        * (1 << z));
                yield "/tiles/sections/" + z + "/" + x + "/" + y + ".mvt?target=" + target;
            }
            case "facilities" -> "/api/facilities";
            case "demand" -> "/api/demand?target=" + target + "&level=nil";
            case "2sfca" -> "/api/analytics/accessibility?method=2sfca&cutoff=1000&target=" + target
                    + "&serviceType=" + serviceType;
            case "finder" -> "/api/finder/nearest?lat=" + lat + "&lon=" + lon + "&serviceType=" + serviceType
                    + "&limit=5";
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private void call(HttpClient session, String kind, String path) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Accept-Encoding", "gzip").GET().build();
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> response = session.send(request, HttpResponse.BodyHandlers.ofByteArray());
            long elapsed = System.nanoTime() - start;
            nanos.get(kind).add(elapsed);
            statuses.merge(kind + " " + response.statusCode(), 1, Integer::sum);
            if (response.statusCode() >= 400) {
                errors.merge(kind, 1, Integer::sum);
            }
        } catch (IOException | InterruptedException e) {
            nanos.get(kind).add(System.nanoTime() - start);
            errors.merge(kind, 1, Integer::sum);
            statuses.merge(kind + " " + e.getClass().getSimpleName() + ": " + e.getMessage(), 1, Integer::sum);
        }
    }

    private HttpClient signIn(String[] account) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        String form = client.send(HttpRequest.newBuilder(base.resolve("/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(form);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        String body = "username=" + account[0] + "&password=" + account[1] + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(base.resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("sign-in as " + account[0] + " failed: " + response.statusCode() + " "
                    + location + " (start the application with a high WI_LOGIN_PER_MINUTE)");
        }
        return client;
    }

    private List<String> codes(HttpClient client, String path) throws IOException, InterruptedException {
        String body = client.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        List<String> found = new ArrayList<>();
        Matcher matcher = CODE.matcher(body);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        if (found.isEmpty()) {
            throw new IllegalStateException(path + " lists no codes; is the sample city loaded?");
        }
        return found;
    }

    private void report(int users, int seconds) {
        System.out.println("kind,requests,errors,per_second,p50_ms,p95_ms,p99_ms,max_ms");
        long total = 0;
        int totalErrors = 0;
        for (String kind : KINDS) {
            long[] sorted;
            synchronized (nanos.get(kind)) {
                sorted = nanos.get(kind).stream().mapToLong(Long::longValue).sorted().toArray();
            }
            total += sorted.length;
            int failed = errors.getOrDefault(kind, 0);
            totalErrors += failed;
            System.out.printf("%s,%d,%d,%.1f,%s,%s,%s,%s%n", kind, sorted.length, failed,
                    sorted.length / (double) seconds, millis(sorted, 0.50), millis(sorted, 0.95),
                    millis(sorted, 0.99), millis(sorted, 1.0));
        }
        System.out.printf("all,%d,%d,%.1f,,,,%n", total, totalErrors, total / (double) seconds);
        System.err.printf("%d users, %d s; responses: %s%n", users, seconds, new TreeMap<>(statuses));
    }

    private static String millis(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return "";
        }
        int index = Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1);
        return String.format("%.0f", sorted[Math.max(0, index)] / 1e6);
    }
}
