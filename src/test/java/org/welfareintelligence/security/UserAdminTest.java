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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.welfareintelligence.support.PostgisTest;

/** The administrator's account pages: invite with a one-time password, change roles, disable. */
@AutoConfigureMockMvc
class UserAdminTest extends PostgisTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Accounts accounts;

    @Test
    void inviteChangeRolesAndDisable() throws Exception {
        String name = "t-invited-" + System.nanoTime();
        MvcResult invited = mvc.perform(post("/admin/users").with(csrf()).with(user("boss").roles("ADMIN"))
                .param("username", name).param("displayName", "Invited Person").param("roles", "FOUNDATION"))
                .andReturn();
        assertThat(invited.getResponse().getRedirectedUrl()).isEqualTo("/admin/users");
        String password = (String) invited.getFlashMap().get("initialPassword");
        assertThat(password).hasSizeGreaterThanOrEqualTo(16);
        // stored only as a bcrypt hash
        assertThat(jdbc.queryForObject("SELECT password_hash FROM app_user WHERE username = ?", String.class, name))
                .startsWith("{bcrypt}$2").doesNotContain(password);
        assertThat(status(get("/api/contributions").with(httpBasic(name, password)))).isEqualTo(403);

        long id = accounts.find(name).orElseThrow().id();
        mvc.perform(post("/admin/users/" + id + "/roles").with(csrf()).with(user("boss").roles("ADMIN"))
                .param("roles", "PLANNER"));
        assertThat(accounts.find(name).orElseThrow().roles()).containsExactly(Role.PLANNER);
        assertThat(status(get("/api/contributions").with(httpBasic(name, password)))).isEqualTo(200);

        MvcResult noRole = mvc.perform(post("/admin/users/" + id + "/roles").with(csrf())
                .with(user("boss").roles("ADMIN"))).andReturn();
        assertThat(noRole.getFlashMap().get("error")).isEqualTo(
                "choose at least one role (disable the account to remove all access)");
        assertThat(accounts.find(name).orElseThrow().roles()).containsExactly(Role.PLANNER);

        mvc.perform(post("/admin/users/" + id + "/enabled").with(csrf()).with(user("boss").roles("ADMIN"))
                .param("enabled", "false"));
        assertThat(status(get("/api/contributions").with(httpBasic(name, password)))).isEqualTo(401);
        String page = mvc.perform(get("/admin/users").header("Accept-Language", "en").with(user("boss").roles("ADMIN")))
                .andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains(name, "Invited Person", "disabled").doesNotContain("{bcrypt}");
    }

    @Test
    void anOrganisationMemberNeedsAnOrganisationAndNamesAreUnique() {
        String name = "t-member-" + System.nanoTime();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.create(name, "Password-123", null, null,
                Set.of(Role.ORGANISATION), null, false)).hasMessage("an account with role ORGANISATION needs an organisation");
        assertThat(accounts.exists(name)).isFalse();
        accounts.create(name, "Password-123", null, null, Set.of(Role.FOUNDATION), null, false);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.create(name, "x", null, null,
                Set.of(Role.FOUNDATION), null, false)).hasMessage("the user name " + name + " is already taken");
    }

    private int status(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }
}
