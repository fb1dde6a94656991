package org.welfareintelligence.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.welfareintelligence.security.Accounts;
import org.welfareintelligence.security.Role;
import org.welfareintelligence.support.SampleCityApiTest;

/** A contributed file stays out of the shared data until a planner approves it; rejected ones never enter. */
class ContributionReviewTest extends SampleCityApiTest {

    private static final String PASSWORD = "Contribution-test-1";
    private static final String MEMBER = "t-contributor";
    private static final String REVIEWER = "t-reviewer";

    @Autowired
    Accounts accounts;

    private String organisation;

    @BeforeEach
    void accounts() {
        long orgId = jdbc.queryForObject("SELECT min(id) FROM organisation WHERE type = 'THIRD_SECTOR'", Long.class);
        organisation = jdbc.queryForObject("SELECT code FROM organisation WHERE id = ?", String.class, orgId);
        accounts.find(MEMBER).ifPresentOrElse(a -> accounts.assign(a.id(), Set.of(Role.ORGANISATION), orgId),
                () -> accounts.create(MEMBER, PASSWORD, null, null, Set.of(Role.ORGANISATION), orgId, false));
        if (!accounts.exists(REVIEWER)) {
            accounts.create(REVIEWER, PASSWORD, null, null, Set.of(Role.PLANNER), null, false);
        }
    }

    @AfterEach
    void removeContributedFacilities() {
        jdbc.update("DELETE FROM facility WHERE code LIKE 'TCONTRIB%'");
        jdbc.update("DELETE FROM import_batch WHERE NOT synthetic AND source LIKE 'contribution %'");
    }

    @Test
    void approvedFilesAreImportedRejectedOnesAreNot() throws Exception {
        long approved = submit("TCONTRIB1");
        long rejected = submit("TCONTRIB2");
        // pending: nothing shared yet, and the member sees its own queue
        assertThat(facilities("TCONTRIB%")).isZero();
        assertThat(mvc.perform(get("/api/contributions").with(httpBasic(MEMBER, PASSWORD))).andReturn().getResponse()
                .getContentAsString()).contains("\"id\":" + approved, "\"status\":\"PENDING\"");

        MockHttpServletResponse approval = mvc.perform(post("/api/contributions/" + approved + "/approve")
                .param("note", "checked").with(httpBasic(REVIEWER, PASSWORD))).andReturn().getResponse();
        assertThat(approval.getStatus()).isEqualTo(200);
        assertThat(approval.getContentAsString()).contains("\"rowsWritten\":1");
        assertThat(mvc.perform(post("/api/contributions/" + rejected + "/reject").param("note", "duplicate")
                .with(httpBasic(REVIEWER, PASSWORD))).andReturn().getResponse().getStatus()).isEqualTo(200);

        assertThat(facilities("TCONTRIB1")).isEqualTo(1);
        assertThat(facilities("TCONTRIB2")).isZero();
        assertThat(jdbc.queryForObject("SELECT loaded_by FROM import_batch b JOIN contribution c ON c.batch_id = b.id "
                + "WHERE c.id = ?", String.class, approved)).isEqualTo(REVIEWER);
        assertThat(jdbc.queryForList("SELECT status FROM contribution WHERE id IN (?, ?) ORDER BY id", String.class,
                approved, rejected)).containsExactly("APPROVED", "REJECTED");
        // a decided contribution cannot be decided again
        assertThat(mvc.perform(post("/api/contributions/" + rejected + "/approve").with(httpBasic(REVIEWER, PASSWORD)))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void onlySupplyAndDemandFilesAreAccepted() throws Exception {
        MockHttpServletResponse response = mvc.perform(multipart("/api/contributions")
                .file(new MockMultipartFile("file", "areas.geojson", "application/json", "{}".getBytes()))
                .param("kind", "areas").with(httpBasic(MEMBER, PASSWORD))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("organisations may contribute facilities, "
                + "facility-services or census files, not areas");
    }

    private long submit(String code) throws Exception {
        String geojson = """
                {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"%s",
                "name":"Contributed centre","address":"Via Test, 1","organisation_code":"%s","status":"PLANNED"},
                "geometry":{"type":"Point","coordinates":[9.19,45.465]}}]}""".formatted(code, organisation);
        MockHttpServletResponse response = mvc.perform(multipart("/api/contributions")
                .file(new MockMultipartFile("file", code + ".geojson", "application/geo+json",
                        geojson.getBytes(StandardCharsets.UTF_8)))
                .param("kind", "facilities").param("note", "our new centre")
                .with(httpBasic(MEMBER, PASSWORD))).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        return jdbc.queryForObject("SELECT max(id) FROM contribution WHERE file_name = ?", Long.class,
                code + ".geojson");
    }

    private long facilities(String codePattern) {
        return jdbc.queryForObject("SELECT count(*) FROM facility WHERE code LIKE ?", Long.class, codePattern);
    }
}
