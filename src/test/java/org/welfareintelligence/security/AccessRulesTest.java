package org.welfareintelligence.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.welfareintelligence.security.AccessRulesTest.Expect.ALLOWED;
import static org.welfareintelligence.security.AccessRulesTest.Expect.FORBIDDEN;
import static org.welfareintelligence.security.AccessRulesTest.Expect.OK;
import static org.welfareintelligence.security.AccessRulesTest.Expect.SIGN_IN_PAGE;
import static org.welfareintelligence.security.AccessRulesTest.Expect.UNAUTHORISED;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.welfareintelligence.support.SampleCityApiTest;

/**
 * Every endpoint family against every role: anonymous, ORGANISATION, FOUNDATION, PLANNER and ADMIN,
 * each a real account signed in with HTTP Basic. Analytics and optimisation endpoints may not exist yet:
 * for them "allowed" means the security rules let the request through (not 401/403), whatever it finds.
 */
class AccessRulesTest extends SampleCityApiTest {

    enum Expect { OK, ALLOWED, UNAUTHORISED, FORBIDDEN, SIGN_IN_PAGE }

    private static final String ANONYMOUS = "anonymous";

    @Autowired
    Accounts accounts;

    private String ownFacility;
    private String sectionCode;

    @BeforeEach
    void accounts() {
        TestAccounts.ensure(accounts, jdbc);
        ownFacility = jdbc.queryForObject("SELECT min(code) FROM facility WHERE organisation_id = ?", String.class,
                TestAccounts.organisationOf(jdbc, TestAccounts.ORGANISATION));
        sectionCode = jdbc.queryForObject("SELECT min(code) FROM census_section WHERE geom IS NOT NULL", String.class);
    }

    @Test
    void publicInformationIsOpenToEveryone() throws Exception {
        String facility = jdbc.queryForObject("SELECT min(code) FROM facility", String.class);
        for (String path : new String[] {"/api/facilities/" + facility, "/api/service-types", "/api/targets",
                "/api/target-groups", "/api/territories/municipio", "/api/public-places", "/find", "/v3/api-docs",
                "/api/finder/nearest?lat=45.464&lon=9.19&serviceType=NURSERY", "/tiles/municipi/12/2152/1465.mvt"}) {
            check(() -> get(path), OK, OK, OK, OK, OK);
        }
    }

    @Test
    void demandSectionsAndTheirTilesNeedAnyAccount() throws Exception {
        check(() -> get("/api/demand").param("target", "P_ELDERLY_75_PLUS").param("level", "municipio"),
                UNAUTHORISED, OK, OK, OK, OK);
        check(() -> get("/api/sections/" + sectionCode), UNAUTHORISED, OK, OK, OK, OK);
        check(() -> get("/api/sections/" + sectionCode + "/demand"), UNAUTHORISED, OK, OK, OK, OK);
        check(() -> get("/tiles/sections/12/2152/1465.mvt").param("target", "P_ELDERLY_75_PLUS"),
                UNAUTHORISED, OK, OK, OK, OK);
        check(() -> get("/"), SIGN_IN_PAGE, OK, OK, OK, OK);
    }

    @Test
    void analyticsForEverySignedInRole() throws Exception {
        check(() -> get("/api/analytics/coverage").param("serviceType", "NURSERY"),
                UNAUTHORISED, ALLOWED, ALLOWED, ALLOWED, ALLOWED);
        check(() -> post("/api/analytics/gaps").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}"),
                UNAUTHORISED, ALLOWED, ALLOWED, ALLOWED, ALLOWED);
    }

    @Test
    void tenderSupportForEverySignedInRoleTheWorkspaceForFoundationsAndPlanners() throws Exception {
        String report = "/tender/zone-report?level=neighbourhood&code=20&targets=P_ELDERLY_75_PLUS&format=json";
        check(() -> get(report), SIGN_IN_PAGE, OK, OK, OK, OK);
        check(() -> get("/tender"), SIGN_IN_PAGE, OK, OK, OK, OK);
        check(() -> post("/api/tender/bid-check").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"level\":\"neighbourhood\",\"code\":\"20\",\"targets\":[\"P_ELDERLY_75_PLUS\"]}"),
                UNAUTHORISED, OK, OK, OK, OK);
        check(() -> get("/foundation"), SIGN_IN_PAGE, FORBIDDEN, OK, OK, OK);
        check(() -> get("/api/foundation/priority-sets"), UNAUTHORISED, FORBIDDEN, OK, OK, OK);
        check(() -> get("/api/foundation/ranking").param("districts", "1,2").param("targets", "P_ELDERLY_75_PLUS:1"),
                UNAUTHORISED, FORBIDDEN, OK, OK, OK);
    }

    @Test
    void optimisationForPlannersAndAdministratorsOnly() throws Exception {
        check(() -> post("/api/optimisation/jobs").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}"),
                UNAUTHORISED, FORBIDDEN, FORBIDDEN, ALLOWED, ALLOWED);
        check(() -> get("/api/optimisation/jobs/1"), UNAUTHORISED, FORBIDDEN, FORBIDDEN, ALLOWED, ALLOWED);
        check(() -> delete("/api/optimisation/jobs/1").with(csrf()), UNAUTHORISED, FORBIDDEN, FORBIDDEN, ALLOWED,
                ALLOWED);
    }

    @Test
    void compensationWorksForPlannersAndAdministratorsOnly() throws Exception {
        check(() -> get("/api/analytics/compensation").param("lon", "9.19").param("lat", "45.46").param("radius", "500"),
                UNAUTHORISED, FORBIDDEN, FORBIDDEN, OK, OK);
        check(() -> get("/compensation").param("lon", "9.19").param("lat", "45.46").param("radius", "500"),
                SIGN_IN_PAGE, FORBIDDEN, FORBIDDEN, OK, OK);
    }

    @Test
    void importsForPlannersAndAdministrators() throws Exception {
        check(() -> get("/api/imports"), UNAUTHORISED, FORBIDDEN, FORBIDDEN, OK, OK);
        // allowed through, then refused for the missing file
        check(() -> multipart("/api/imports/areas").with(csrf()), UNAUTHORISED, FORBIDDEN, FORBIDDEN, ALLOWED,
                ALLOWED);
    }

    @Test
    void accountsAndAuditForAdministratorsOnly() throws Exception {
        check(() -> get("/admin/users"), SIGN_IN_PAGE, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK);
        check(() -> get("/admin/audit"), SIGN_IN_PAGE, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK);
        check(() -> get("/api/audit/export"), UNAUTHORISED, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK);
    }

    @Test
    void contributionsSubmittedByOrganisationsReviewedByPlanners() throws Exception {
        check(() -> get("/api/contributions"), UNAUTHORISED, OK, FORBIDDEN, OK, OK);
        check(() -> get("/contributions"), SIGN_IN_PAGE, FORBIDDEN, FORBIDDEN, OK, OK);
        check(() -> post("/api/contributions/999999/approve").with(csrf()), UNAUTHORISED, FORBIDDEN, FORBIDDEN,
                ALLOWED, ALLOWED);
        check(() -> multipart("/api/contributions").with(csrf()), UNAUTHORISED, ALLOWED, FORBIDDEN, FORBIDDEN,
                FORBIDDEN);
    }

    @Test
    void facilityEditsForOrganisationsPlannersAndAdministrators() throws Exception {
        check(() -> put("/api/facilities/" + ownFacility).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{}"), UNAUTHORISED, OK, FORBIDDEN, OK, OK);
    }

    @Test
    void anonymousApiClientsGetUnauthorisedEvenOnPagesAndWithoutCsrfToken() throws Exception {
        String report = "/tender/zone-report?level=neighbourhood&code=20&targets=P_ELDERLY_75_PLUS&format=json";
        for (String accept : new String[] {null, "*/*", "application/json"}) {
            var request = get(report);
            if (accept != null) {
                request.header("Accept", accept);
            }
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            assertThat(response.getStatus()).as("Accept " + accept).isEqualTo(401);
            assertThat(response.getHeader("WWW-Authenticate")).startsWith("Basic");
        }
        // a POST or PUT without credentials or CSRF token: 401 as for a GET, not 403
        assertThat(mvc.perform(post("/api/tender/bid-check").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andReturn().getResponse().getStatus()).isEqualTo(401);
        assertThat(mvc.perform(put("/api/facilities/" + ownFacility).contentType(MediaType.APPLICATION_JSON)
                .content("{}")).andReturn().getResponse().getStatus()).isEqualTo(401);
        // a signed-in browser session without the token is still refused as forbidden
        assertThat(mvc.perform(post("/api/tender/bid-check").contentType(MediaType.APPLICATION_JSON).content("{}")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .user(TestAccounts.ORGANISATION).roles("ORGANISATION")))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void wrongPasswordIsUnauthorisedAndFormsNeedCsrf() throws Exception {
        MockHttpServletResponse wrong = mvc.perform(get("/api/demand").param("target", "P_ELDERLY_75_PLUS")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .httpBasic(TestAccounts.PLANNER, "not-the-password"))).andReturn().getResponse();
        assertThat(wrong.getStatus()).isEqualTo(401);
        // a signed-in browser session without the CSRF token cannot post a form
        int withoutToken = mvc.perform(post("/admin/users").param("username", "x-csrf")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .user(TestAccounts.ADMIN).roles("ADMIN"))).andReturn().getResponse().getStatus();
        assertThat(withoutToken).isEqualTo(403);
        assertThat(accounts.exists("x-csrf")).isFalse();
    }

    private void check(Supplier<? extends AbstractMockHttpServletRequestBuilder<?>> request, Expect anonymous, Expect organisation,
                       Expect foundation, Expect planner, Expect admin) throws Exception {
        Map<String, Expect> expected = new LinkedHashMap<>();
        expected.put(ANONYMOUS, anonymous);
        expected.put(TestAccounts.ORGANISATION, organisation);
        expected.put(TestAccounts.FOUNDATION, foundation);
        expected.put(TestAccounts.PLANNER, planner);
        expected.put(TestAccounts.ADMIN, admin);
        for (Map.Entry<String, Expect> entry : expected.entrySet()) {
            AbstractMockHttpServletRequestBuilder<?> builder = request.get();
            if (!entry.getKey().equals(ANONYMOUS)) {
                builder.with(TestAccounts.as(entry.getKey()));
            } else if (entry.getValue() == Expect.SIGN_IN_PAGE) {
                builder.accept(MediaType.TEXT_HTML, MediaType.parseMediaType("application/xhtml+xml"));
            }
            MockHttpServletResponse response = mvc.perform(builder).andReturn().getResponse();
            String what = entry.getKey() + " " + builder.buildRequest(new org.springframework.mock.web.MockServletContext())
                    .getRequestURI();
            int status = response.getStatus();
            switch (entry.getValue()) {
                case OK -> assertThat(status).as(what).isBetween(200, 299);
                case ALLOWED -> assertThat(status).as(what).isNotIn(401, 403).isLessThan(500);
                case UNAUTHORISED, FORBIDDEN -> {
                    assertThat(status).as(what).isEqualTo(entry.getValue() == UNAUTHORISED ? 401 : 403);
                    // the refusal names no data: a fixed message only
                    assertThat(response.getContentAsString()).as(what)
                            .matches("\\{\"status\":40[13],\"error\":\"[A-Za-z ]+\",\"message\":\"[^\"]+\"}");
                }
                case SIGN_IN_PAGE -> {
                    assertThat(status).as(what).isEqualTo(302);
                    assertThat(response.getRedirectedUrl()).as(what).endsWith("/login");
                }
            }
        }
    }
}
