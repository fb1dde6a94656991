package org.welfareintelligence.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.welfareintelligence.WelfareIntelligenceApplication;
import org.welfareintelligence.support.TestDatabase;

/**
 * Two application nodes on loopback ports against one database behave as one for a browser: signed in on one,
 * signed in on the other; signed out on one, signed out on both.
 */
class TwoNodesTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoNodes() {
        first = node();
        second = node();
    }

    @AfterAll
    static void stopNodes() {
        if (first != null) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
    }

    @Test
    void aSessionStartedOnOneNodeIsKnownToTheOther() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        assertThat(get(browser, second, "/admin/users").statusCode()).as("before signing in").isEqualTo(302);

        HttpResponse<String> signIn = post(browser, first, "/login", "username=admin&password=admin&_csrf="
                + csrf(get(browser, first, "/login").body()));
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElse("")).doesNotContain("error");

        HttpResponse<String> onSecond = get(browser, second, "/admin/users");
        assertThat(onSecond.statusCode()).as("the other node knows the session").isEqualTo(200);

        String token = csrf(onSecond.body());
        assertThat(post(browser, second, "/logout", "_csrf=" + token).statusCode()).isEqualTo(302);
        assertThat(get(browser, first, "/admin/users").statusCode()).as("signed out on both").isEqualTo(302);
    }

    private static ConfigurableApplicationContext node() {
        TestDatabase.Connection db = TestDatabase.get();
        return new SpringApplicationBuilder(WelfareIntelligenceApplication.class).run("--server.port=0",
                "--wi.sample-city.load-on-empty=false", "--wi.network.load-with-sample-city=false",
                "--logging.level.root=WARN", "--spring.datasource.url=" + db.url(),
                "--spring.datasource.username=" + db.user(), "--spring.datasource.password=" + db.password());
    }

    private static URI uri(ConfigurableApplicationContext node, String path) {
        int port = ((WebServerApplicationContext) node).getWebServer().getPort();
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static HttpResponse<String> get(HttpClient browser, ConfigurableApplicationContext node, String path)
            throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(node, path)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(HttpClient browser, ConfigurableApplicationContext node, String path,
                                             String form) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(node, path)).header("Accept", "text/html")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(String page) {
        Matcher matcher = CSRF.matcher(page);
        assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
        return URLEncoder.encode(matcher.group(1), StandardCharsets.UTF_8);
    }
}
