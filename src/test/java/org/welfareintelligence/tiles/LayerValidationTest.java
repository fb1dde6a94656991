package org.welfareintelligence.tiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.welfareintelligence.support.SampleCityApiTest;
import org.welfareintelligence.support.SampleCityFixture;

/** Tiles and the facilities layer carry an ETag of the data version: 304 while it holds, a new tag after a write. */
class LayerValidationTest extends SampleCityApiTest {

    /** The tile over the centre of the sample city at zoom 13. */
    private static final String FACILITY_TILE = "/tiles/facilities/13/4305/2931.mvt";
    private static final String SECTION_TILE = "/tiles/sections/13/4305/2931.mvt?target=P_ELDERLY_75_PLUS";

    @Test
    void aRepeatedRequestIs304UntilAnImportChangesTheTag() throws Exception {
        String[] layers = {FACILITY_TILE, "/api/facilities"};
        String before = null;
        for (String layer : layers) {
            MockHttpServletResponse first = mvc.perform(get(layer)).andExpect(status().isOk()).andReturn().getResponse();
            before = first.getHeader("ETag");
            assertThat(before).as(layer).matches("\"data-\\d+\"");
            assertThat(first.getHeader("Cache-Control")).contains("no-cache");
            assertThat(first.getContentAsByteArray()).isNotEmpty();

            MockHttpServletResponse again = mvc.perform(get(layer).header("If-None-Match", before))
                    .andExpect(status().isNotModified()).andReturn().getResponse();
            assertThat(again.getContentAsByteArray()).isEmpty();
            assertThat(again.getHeader("ETag")).isEqualTo(before);
        }

        mvc.perform(multipart("/api/imports/organisations").file(new MockMultipartFile("file", "organisations.csv",
                        "text/csv", Files.readAllBytes(SampleCityFixture.directory().resolve("organisations.csv"))))
                .with(httpBasic("admin", "admin"))).andExpect(status().isCreated());

        for (String layer : layers) {
            MockHttpServletResponse after = mvc.perform(get(layer).header("If-None-Match", before))
                    .andExpect(status().isOk()).andReturn().getResponse();
            assertThat(after.getHeader("ETag")).as(layer).isNotEqualTo(before).matches("\"data-\\d+\"");
            assertThat(after.getContentAsByteArray()).isNotEmpty();
        }
    }

    @Test
    void aFacilityEditChangesTheTag() throws Exception {
        String code = jdbc.queryForObject("SELECT min(code) FROM facility", String.class);
        String name = jdbc.queryForObject("SELECT name FROM facility WHERE code = ?", String.class, code);
        String before = mvc.perform(get("/api/facilities")).andReturn().getResponse().getHeader("ETag");
        try {
            rename(code, name + " (renamed)");
            mvc.perform(get("/api/facilities").header("If-None-Match", before)).andExpect(status().isOk());
        } finally {
            rename(code, name);
        }
    }

    private void rename(String code, String name) throws Exception {
        mvc.perform(put("/api/facilities/" + code).with(httpBasic("admin", "admin"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"" + name + "\"}"))
                .andExpect(status().isOk());
    }

    @Test
    void readersOfExactAndOfControlledCountsNeverShareATag() throws Exception {
        MockHttpServletResponse planner = sectionTile("PLANNER", null);
        MockHttpServletResponse foundation = sectionTile("FOUNDATION", null);
        String exact = planner.getHeader("ETag");
        String controlled = foundation.getHeader("ETag");
        assertThat(exact).matches("\"data-\\d+\"");
        assertThat(controlled).isEqualTo(exact.substring(0, exact.length() - 1) + "-controlled\"");
        assertThat(planner.getHeader("Cache-Control")).contains("private", "no-cache");
        // one reader's tag never validates the other's copy
        assertThat(sectionTile("FOUNDATION", exact).getStatus()).isEqualTo(200);
        assertThat(sectionTile("PLANNER", controlled).getStatus()).isEqualTo(200);
        assertThat(sectionTile("FOUNDATION", controlled).getStatus()).isEqualTo(304);
    }

    private MockHttpServletResponse sectionTile(String role, String ifNoneMatch) throws Exception {
        MockHttpServletRequestBuilder request = get(SECTION_TILE).with(user("t-" + role.toLowerCase()).roles(role));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
