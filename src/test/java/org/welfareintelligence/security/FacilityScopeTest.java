package org.welfareintelligence.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.welfareintelligence.support.SampleCityApiTest;

/** An organisation member edits only its own organisation's facilities; the scope is in the UPDATE itself. */
class FacilityScopeTest extends SampleCityApiTest {

    @Autowired
    Accounts accounts;

    private String own;
    private String others;
    private Map<String, Object> ownBefore;
    private Map<String, Object> othersBefore;

    @BeforeEach
    void facilities() {
        TestAccounts.ensure(accounts, jdbc);
        own = firstFacilityWithService(TestAccounts.organisationOf(jdbc, TestAccounts.ORGANISATION));
        others = firstFacilityWithService(TestAccounts.organisationOf(jdbc, TestAccounts.OTHER_ORGANISATION));
        ownBefore = row(own);
        othersBefore = row(others);
    }

    @AfterEach
    void restore() {
        for (Map<String, Object> before : new Map[] {ownBefore, othersBefore}) {
            jdbc.update("UPDATE facility SET name = ?, status = ? WHERE code = ?", before.get("name"),
                    before.get("status"), before.get("code"));
            jdbc.update("""
                    UPDATE facility_service fs SET capacity_places = ? FROM facility f, service_type st
                    WHERE fs.facility_id = f.id AND st.id = fs.service_type_id AND f.code = ? AND st.code = ?""",
                    before.get("capacity_places"), before.get("code"), before.get("service_type"));
        }
    }

    @Test
    void aMemberUpdatesItsOwnFacilityAndItsServiceCapacity() throws Exception {
        MockHttpServletResponse response = update(own, TestAccounts.ORGANISATION, "Renamed by its operator", "SUSPENDED",
                (String) ownBefore.get("service_type"), 42);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("Renamed by its operator");
        Map<String, Object> after = row(own);
        assertThat(after.get("name")).isEqualTo("Renamed by its operator");
        assertThat(after.get("status")).isEqualTo("SUSPENDED");
        assertThat(after.get("capacity_places")).isEqualTo(42);
    }

    @Test
    void anotherOrganisationsFacilityIsNotFoundAndUnchanged() throws Exception {
        MockHttpServletResponse response = update(others, TestAccounts.ORGANISATION, "Hijacked", "CLOSED",
                (String) othersBefore.get("service_type"), 0);
        assertThat(response.getStatus()).isEqualTo(404);
        // the answer is the same as for a code that does not exist: nothing about the other organisation
        assertThat(response.getContentAsString()).contains("no facility with code " + others + " that you may edit")
                .doesNotContain((String) othersBefore.get("name"));
        assertThat(update("NO-SUCH-CODE", TestAccounts.ORGANISATION, "x", null, null, null).getContentAsString())
                .contains("no facility with code NO-SUCH-CODE that you may edit");
        assertThat(row(others)).isEqualTo(othersBefore);
    }

    @Test
    void aPlannerMayEditAnyFacilityAndBadInputIsNamed() throws Exception {
        assertThat(update(others, TestAccounts.PLANNER, "Fixed by the municipality", null, null, null).getStatus())
                .isEqualTo(200);
        assertThat(row(others).get("name")).isEqualTo("Fixed by the municipality");
        MockHttpServletResponse bad = update(own, TestAccounts.ORGANISATION, null, "DEMOLISHED", null, null);
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentAsString()).contains("status 'DEMOLISHED' is not one of OPEN, PLANNED, SUSPENDED, CLOSED");
        assertThat(update(own, TestAccounts.ORGANISATION, null, null, (String) ownBefore.get("service_type"), -1)
                .getContentAsString()).contains("must be a number of places, 0 or more");
        assertThat(row(own)).isEqualTo(ownBefore);
    }

    private MockHttpServletResponse update(String code, String as, String name, String status, String serviceType,
                                           Integer capacity) throws Exception {
        String services = serviceType == null ? "null"
                : "[{\"serviceType\":\"" + serviceType + "\",\"capacityPlaces\":" + capacity + "}]";
        String body = "{\"name\":" + (name == null ? "null" : "\"" + name + "\"") + ",\"status\":"
                + (status == null ? "null" : "\"" + status + "\"") + ",\"services\":" + services + "}";
        return mvc.perform(put("/api/facilities/" + code).with(TestAccounts.as(as))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
    }

    private String firstFacilityWithService(long organisation) {
        return jdbc.queryForObject("""
                SELECT min(f.code) FROM facility f WHERE f.organisation_id = ?
                  AND EXISTS (SELECT 1 FROM facility_service fs WHERE fs.facility_id = f.id)""", String.class,
                organisation);
    }

    private Map<String, Object> row(String code) {
        return jdbc.queryForMap("""
                SELECT f.code, f.name, f.status, st.code AS service_type, fs.capacity_places
                FROM facility f JOIN facility_service fs ON fs.facility_id = f.id
                JOIN service_type st ON st.id = fs.service_type_id
                WHERE f.code = ? ORDER BY st.code LIMIT 1""", code);
    }
}
