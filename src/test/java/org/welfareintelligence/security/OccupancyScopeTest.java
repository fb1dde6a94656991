package org.welfareintelligence.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.welfareintelligence.support.OccupancySnapshot;
import org.welfareintelligence.support.SampleCityApiTest;

/** An organisation sets the occupancy of its own facilities only, and every change is audited. */
class OccupancyScopeTest extends SampleCityApiTest {

    @Autowired
    Accounts accounts;

    private Map<String, Object> own;
    private Map<String, Object> others;
    private OccupancySnapshot before;

    @BeforeEach
    void services() {
        TestAccounts.ensure(accounts, jdbc);
        own = firstService(TestAccounts.organisationOf(jdbc, TestAccounts.ORGANISATION));
        others = firstService(TestAccounts.organisationOf(jdbc, TestAccounts.OTHER_ORGANISATION));
        before = OccupancySnapshot.of(jdbc, List.of(own.get("id"), others.get("id")));
    }

    @AfterEach
    void restore() {
        before.restore();
    }

    @Test
    void aMemberSetsItsOwnFacilitysOccupancyAndTheChangeIsAudited() throws Exception {
        MockHttpServletResponse response = mvc.perform(update(own, "{\"inUse\": 3, \"waiting\": 6, \"asOf\": \"2025-06-01\"}")
                .with(TestAccounts.as(TestAccounts.ORGANISATION))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("\"placesInUse\":3").contains("\"waiting\":6");
        assertThat(jdbc.queryForMap("SELECT in_use, waiting, as_of::text, updated_by FROM facility_occupancy "
                + "WHERE facility_service_id = ?", own.get("id")))
                .containsEntry("in_use", 3).containsEntry("waiting", 6).containsEntry("as_of", "2025-06-01")
                .containsEntry("updated_by", TestAccounts.ORGANISATION);
        Map<String, Object> audit = jdbc.queryForMap(
                "SELECT username, method, dataset, path, status FROM audit_event ORDER BY id DESC LIMIT 1");
        assertThat(audit).containsEntry("username", TestAccounts.ORGANISATION).containsEntry("method", "PUT")
                .containsEntry("dataset", "OCCUPANCY").containsEntry("status", 200)
                .containsEntry("path", "/api/occupancy/" + own.get("code") + "/" + own.get("service_type"));
    }

    @Test
    void anotherOrganisationsFacilityIsForbiddenAnonymousIsUnauthorisedAndNothingChanges() throws Exception {
        String body = "{\"inUse\": 0, \"waiting\": 0}";
        assertThat(mvc.perform(update(others, body).with(TestAccounts.as(TestAccounts.ORGANISATION)))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(update(own, body)).andReturn().getResponse().getStatus()).isEqualTo(401);
        assertThat(mvc.perform(update(own, body).with(TestAccounts.as(TestAccounts.FOUNDATION)))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(before.current()).isEqualTo(before.rows());
        // a planner may set any facility's
        assertThat(mvc.perform(update(others, body).with(TestAccounts.as(TestAccounts.PLANNER)))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void badFiguresAreNamed() throws Exception {
        for (String[] bad : new String[][] {{"{\"inUse\": -1, \"waiting\": 0}", "inUse must be"},
                {"{\"inUse\": 1}", "waiting must be"},
                {"{\"inUse\": 1, \"waiting\": 0, \"asOf\": \"yesterday\"}", "asOf 'yesterday' is not a date"}}) {
            MockHttpServletResponse response = mvc.perform(update(own, bad[0])
                    .with(TestAccounts.as(TestAccounts.ORGANISATION))).andReturn().getResponse();
            assertThat(response.getStatus()).isEqualTo(400);
            assertThat(response.getContentAsString()).contains(bad[1]);
        }
        assertThat(mvc.perform(put("/api/occupancy/" + own.get("code") + "/NO_SUCH_SERVICE")
                .contentType(MediaType.APPLICATION_JSON).content("{\"inUse\": 1, \"waiting\": 0}")
                .with(TestAccounts.as(TestAccounts.ORGANISATION))).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    private static MockHttpServletRequestBuilder update(Map<String, Object> service, String body) {
        return put("/api/occupancy/" + service.get("code") + "/" + service.get("service_type"))
                .contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private Map<String, Object> firstService(long organisation) {
        return jdbc.queryForMap("""
                SELECT f.code, st.code AS service_type, fs.id FROM facility f
                JOIN facility_service fs ON fs.facility_id = f.id JOIN service_type st ON st.id = fs.service_type_id
                WHERE f.organisation_id = ? ORDER BY f.code, st.code LIMIT 1""", organisation);
    }
}
