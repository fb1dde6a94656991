package org.welfareintelligence.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.welfareintelligence.support.PostgisTest;

/** The map page offers each role the panels and links it may use, and no more. */
@AutoConfigureMockMvc
class MapPageRolesTest extends PostgisTest {

    @Autowired
    MockMvc mvc;

    @Test
    void planningAndAdministrationOnlyForThoseWhoMay() throws Exception {
        String organisation = page("ORGANISATION");
        assertThat(organisation).contains("id=\"analyse\"", "href=\"/tender\"")
                .doesNotContain("siting-form", "href=\"/foundation\"", "href=\"/admin/users\"");
        String foundation = page("FOUNDATION");
        assertThat(foundation).contains("href=\"/foundation\"").doesNotContain("siting-form", "href=\"/admin/audit\"");
        String planner = page("PLANNER");
        assertThat(planner).contains("siting-form", "href=\"/contributions\"").doesNotContain("href=\"/admin/users\"");
        assertThat(page("ADMIN")).contains("siting-form", "href=\"/admin/users\"", "href=\"/admin/audit\"");
    }

    private String page(String role) throws Exception {
        return mvc.perform(get("/").with(user("someone").roles(role))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
