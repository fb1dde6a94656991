package org.welfareintelligence.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.welfareintelligence.support.PostgisTest;

/** Restricted reads leave an audit row with who, what and parameters; the table refuses rewrites. */
@AutoConfigureMockMvc
class AuditLogTest extends PostgisTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void restrictedReadsAndExportsAreRecordedRefusedAndPublicReadsAreNot() throws Exception {
        String reader = "t-audit-" + System.nanoTime();
        mvc.perform(get("/api/demand").param("target", "P_ELDERLY_75_PLUS").param("level", "municipio")
                .param("format", "csv").with(user(reader).roles("FOUNDATION")));
        mvc.perform(get("/api/analytics/coverage").param("area", "M1").with(user(reader).roles("FOUNDATION")));
        mvc.perform(get("/api/optimisation/jobs").with(user(reader).roles("FOUNDATION")));
        mvc.perform(get("/api/service-types").with(user(reader).roles("FOUNDATION")));
        List<String> rows = jdbc.queryForList("""
                SELECT method || ' ' || dataset || ' ' || path || ' ' || coalesce(parameters, '') || ' ' || roles
                       || ' ' || status
                FROM audit_event WHERE username = ? ORDER BY id""", String.class, reader);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).startsWith("GET DEMAND /api/demand target=P_ELDERLY_75_PLUS&level=municipio&format=csv")
                .endsWith(" FOUNDATION " + statusOf(rows.get(0)));
        assertThat(rows.get(1)).startsWith("GET ANALYTICS /api/analytics/coverage area=M1 FOUNDATION");
        // the optimisation request was refused (403) before reading anything, the public read is not restricted
    }

    @Test
    void theAdministratorExportsTheLogAsCsv() throws Exception {
        String reader = "t-audit-csv-" + System.nanoTime();
        mvc.perform(get("/api/sections/000000000000").with(user(reader).roles("PLANNER")));
        String csv = mvc.perform(get("/api/audit/export").param("user", reader).with(user("auditor").roles("ADMIN")))
                .andReturn().getResponse().getContentAsString();
        String[] lines = csv.split("\n");
        assertThat(lines[0]).isEqualTo("id,at,username,roles,client_ip,method,dataset,path,parameters,status");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).contains("\"" + reader + "\",\"PLANNER\"", "GET,SECTIONS,\"/api/sections/000000000000\"")
                .endsWith(",404");
        String page = mvc.perform(get("/admin/audit").param("user", reader).with(user("auditor").roles("ADMIN")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(reader, "/api/sections/000000000000");
    }

    @Test
    void theLogIsAppendOnly() {
        jdbc.update("INSERT INTO audit_event (username, roles, method, dataset, path, status) "
                + "VALUES ('t-append', 'ADMIN', 'GET', 'DEMAND', '/api/demand', 200)");
        assertThatThrownBy(() -> jdbc.update("UPDATE audit_event SET username = 'someone-else' WHERE username = 't-append'"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("audit_event is append-only: UPDATE");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_event WHERE username = 't-append'"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only: DELETE");
        assertThatThrownBy(() -> jdbc.execute("TRUNCATE audit_event"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only: TRUNCATE");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE username = 't-append'", Long.class))
                .isPositive();
    }

    private static String statusOf(String row) {
        return row.substring(row.lastIndexOf(' ') + 1);
    }
}
