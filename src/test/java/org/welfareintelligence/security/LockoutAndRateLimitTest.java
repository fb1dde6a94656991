package org.welfareintelligence.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.welfareintelligence.support.PostgisTest;

/** Lockout after repeated wrong passwords (default 5, 15 min) and the per-minute request budgets (10 and 60). */
@AutoConfigureMockMvc
class LockoutAndRateLimitTest extends PostgisTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    SecurityProperties properties;

    @Test
    void theFifthWrongPasswordInARowLocksTheAccount() throws Exception {
        String name = "t-lock-" + System.nanoTime();
        accounts.create(name, "Right-password-1", null, null, Set.of(Role.PLANNER), null, false);
        assertThat(properties.lockout().maxFailures()).isEqualTo(5);
        // four failures, then a success clears the count
        for (int i = 0; i < 4; i++) {
            assertThat(readAs(name, "wrong")).isEqualTo(401);
        }
        assertThat(readAs(name, "Right-password-1")).isEqualTo(200);
        for (int i = 0; i < 4; i++) {
            assertThat(readAs(name, "wrong")).isEqualTo(401);
        }
        assertThat(lockedMinutes(name)).isNull();
        // the fifth in a row locks: now even the right password is refused
        assertThat(readAs(name, "wrong")).isEqualTo(401);
        assertThat(readAs(name, "Right-password-1")).isEqualTo(401);
        assertThat(lockedMinutes(name)).isBetween(14.9, 15.0);
        // and the sign-in form says why without telling whether the password was right
        MockHttpServletResponse form = mvc.perform(post("/login").with(csrf()).param("username", name)
                .param("password", "Right-password-1")).andReturn().getResponse();
        assertThat(form.getRedirectedUrl()).endsWith("/login?error");
    }

    @Test
    void signInAttemptsFromOneAddressAreLimited() throws Exception {
        String address = "10.77.0." + (System.nanoTime() % 250 + 1);
        for (int i = 0; i < properties.rateLimit().loginPerMinute(); i++) {
            assertThat(signInFrom(address).getStatus()).isEqualTo(302);
        }
        MockHttpServletResponse limited = signInFrom(address);
        assertThat(limited.getStatus()).isEqualTo(429);
        assertThat(Integer.parseInt(limited.getHeader("Retry-After"))).isBetween(1, 60);
        assertThat(limited.getContentAsString()).contains("too many sign-in attempts: at most 10 per minute");
        // another address is not affected
        assertThat(signInFrom("10.78.0.1").getStatus()).isEqualTo(302);
    }

    @Test
    void heavyRequestsPerAccountAreLimited() throws Exception {
        String name = "t-rate-" + System.nanoTime();
        int budget = properties.rateLimit().heavyPerMinute();
        // the bucket refills continuously (one token a second at 60/min), so count how many pass before the first 429
        long start = System.nanoTime();
        int granted = 0;
        MockHttpServletResponse limited = analyticsAs(name);
        while (limited.getStatus() != 429 && granted < 3 * budget) {
            assertThat(limited.getStatus()).isNotIn(401, 403);
            granted++;
            limited = analyticsAs(name);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(limited.getStatus()).isEqualTo(429);
        assertThat(granted).isBetween(budget, budget + (int) Math.ceil(seconds * budget / 60.0) + 1);
        assertThat(limited.getHeader("Retry-After")).isNotNull();
        assertThat(limited.getContentAsString()).contains("too many heavy requests: at most 60 per minute");
        // light reads are not counted, and other accounts keep their budget
        assertThat(mvc.perform(get("/api/service-types").with(user(name).roles("PLANNER"))).andReturn()
                .getResponse().getStatus()).isEqualTo(200);
        assertThat(analyticsAs(name + "-other").getStatus()).isNotEqualTo(429);
    }

    @Test
    void submittingAnOptimisationIsHeavyButFollowingItIsNot() {
        assertThat(SecurityConfig.heavy(new MockHttpServletRequest("POST", "/api/optimisation/jobs"))).isTrue();
        assertThat(SecurityConfig.heavy(new MockHttpServletRequest("GET", "/api/optimisation/jobs/42"))).isFalse();
        assertThat(SecurityConfig.heavy(new MockHttpServletRequest("GET", "/api/optimisation/jobs/42/events"))).isFalse();
        assertThat(SecurityConfig.heavy(new MockHttpServletRequest("GET", "/api/optimisation/jobs/42/result"))).isFalse();
        assertThat(SecurityConfig.heavy(new MockHttpServletRequest("POST", "/api/scenarios/7/simulate"))).isTrue();
        assertThat(SecurityConfig.heavy(new MockHttpServletRequest("GET", "/api/scenarios/7/result"))).isFalse();
        assertThat(SecurityConfig.heavy(new MockHttpServletRequest("GET", "/api/analytics/accessibility"))).isTrue();
    }

    private int readAs(String name, String password) throws Exception {
        return mvc.perform(get("/api/contributions").with(httpBasic(name, password))).andReturn().getResponse()
                .getStatus();
    }

    private MockHttpServletResponse signInFrom(String address) throws Exception {
        return mvc.perform(post("/login").with(csrf()).param("username", "nobody").param("password", "x")
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })).andReturn().getResponse();
    }

    private MockHttpServletResponse analyticsAs(String name) throws Exception {
        return mvc.perform(get("/api/analytics/coverage").with(user(name).roles("PLANNER"))).andReturn().getResponse();
    }

    private Double lockedMinutes(String name) {
        return jdbc.queryForObject("SELECT extract(epoch FROM locked_until - now()) / 60 FROM app_user WHERE username = ?",
                Double.class, name);
    }
}
