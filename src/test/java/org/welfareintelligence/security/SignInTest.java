package org.welfareintelligence.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.welfareintelligence.support.SampleCityApiTest;

/** The sign-in form, session fixation, sign-out, security headers, and the demo accounts of the sample city. */
class SignInTest extends SampleCityApiTest {

    /** The session cookie of Spring Session (sessions are kept in PostgreSQL). */
    private static final String SESSION = "SESSION";

    @Autowired
    Accounts accounts;

    @BeforeEach
    void accounts() {
        TestAccounts.ensure(accounts, jdbc);
    }

    @Test
    void signingInGivesANewSessionIdAndSigningOutEndsIt() throws Exception {
        // as a browser: the sign-in page starts a session, whose cookie comes back with the form
        Cookie before = mvc.perform(get("/login")).andReturn().getResponse().getCookie(SESSION);
        assertThat(before).isNotNull();
        MockHttpServletResponse signIn = mvc.perform(post("/login").cookie(before).with(csrf())
                .param("username", TestAccounts.PLANNER).param("password", TestAccounts.PASSWORD)).andReturn().getResponse();
        assertThat(signIn.getRedirectedUrl()).isEqualTo("/");
        Cookie after = signIn.getCookie(SESSION);
        assertThat(after).isNotNull();
        assertThat(after.getValue()).isNotEqualTo(before.getValue());
        assertThat(status(get("/api/imports").cookie(after))).isEqualTo(200);
        assertThat(status(get("/api/imports").cookie(before))).as("the id from before signing in").isNotEqualTo(200);
        MockHttpServletResponse signOut = mvc.perform(post("/logout").cookie(after).with(csrf())
                        .accept(MediaType.TEXT_HTML))
                .andReturn().getResponse();
        assertThat(signOut.getRedirectedUrl()).isEqualTo("/login?logout");
        assertThat(status(get("/api/imports").cookie(after))).as("after signing out").isNotEqualTo(200);
    }

    private int status(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    @Test
    void pagesCarryTheSecurityHeadersAndNoSingleSignOnByDefault() throws Exception {
        MockHttpServletResponse login = mvc.perform(get("/login")).andReturn().getResponse();
        assertThat(login.getHeader("Content-Security-Policy")).startsWith("default-src 'self'; script-src 'self';");
        assertThat(login.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(login.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(login.getHeader("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(login.getHeader("Permissions-Policy")).contains("camera=()");
        assertThat(login.getContentAsString()).contains("name=\"_csrf\"").doesNotContain("Accedi con", "Sign in with");
    }

    @Test
    void theSampleCityComesWithOneDemoAccountPerRole() {
        List<Map<String, Object>> demos = jdbc.queryForList("""
                SELECT u.username, r.role, o.type AS organisation_type FROM app_user u
                JOIN app_user_role r ON r.user_id = u.id
                LEFT JOIN organisation_member m ON m.user_id = u.id LEFT JOIN organisation o ON o.id = m.organisation_id
                WHERE u.demo ORDER BY u.username""");
        assertThat(demos).extracting(row -> row.get("username") + ":" + row.get("role") + ":"
                + row.get("organisation_type")).containsExactly("foundation:FOUNDATION:null",
                "organisation:ORGANISATION:THIRD_SECTOR", "planner:PLANNER:null");
    }
}
