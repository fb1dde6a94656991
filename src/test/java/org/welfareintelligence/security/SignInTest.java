package org.welfareintelligence.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.welfareintelligence.support.SampleCityApiTest;

/** The sign-in form, session fixation, sign-out, security headers, and the demo accounts of the sample city. */
class SignInTest extends SampleCityApiTest {

    @Autowired
    Accounts accounts;

    @BeforeEach
    void accounts() {
        TestAccounts.ensure(accounts, jdbc);
    }

    @Test
    void signingInGivesANewSessionIdAndSigningOutEndsIt() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();
        var result = mvc.perform(post("/login").session(session).with(csrf()).with(request -> {
                    // as a browser returning its session cookie
                    request.setRequestedSessionId(before);
                    request.setRequestedSessionIdValid(true);
                    return request;
                })
                .param("username", TestAccounts.PLANNER).param("password", TestAccounts.PASSWORD)).andReturn();
        MockHttpServletResponse signIn = result.getResponse();
        assertThat(signIn.getRedirectedUrl()).isEqualTo("/");
        assertThat(session.getId()).isNotEqualTo(before);
        assertThat(mvc.perform(get("/api/imports").session(session)).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        MockHttpServletResponse signOut = mvc.perform(post("/logout").session(session).with(csrf())
                        .accept(MediaType.TEXT_HTML))
                .andReturn().getResponse();
        assertThat(signOut.getRedirectedUrl()).isEqualTo("/login?logout");
        assertThat(session.isInvalid()).isTrue();
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
