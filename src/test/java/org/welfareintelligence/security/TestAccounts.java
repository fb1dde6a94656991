package org.welfareintelligence.security;

import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * One real account per role (bcrypt-hashed in PostgreSQL), signed in with HTTP Basic like an API client.
 * Organisation members belong to the two third-sector organisations running the most facilities.
 */
final class TestAccounts {

    static final String PASSWORD = "Test-password-1";
    static final String PLANNER = "t-planner";
    static final String FOUNDATION = "t-foundation";
    static final String ADMIN = "t-admin";
    static final String ORGANISATION = "t-org";
    static final String OTHER_ORGANISATION = "t-org-other";

    private TestAccounts() {
    }

    /** Creates the accounts when missing and (re)links members: organisations are re-created by test clean-ups. */
    static void ensure(Accounts accounts, JdbcTemplate jdbc) {
        var organisations = jdbc.queryForList("""
                SELECT o.id FROM organisation o JOIN facility f ON f.organisation_id = o.id
                WHERE o.type = 'THIRD_SECTOR' GROUP BY o.id ORDER BY count(*) DESC, o.id LIMIT 2""", Long.class);
        ensure(accounts, PLANNER, Set.of(Role.PLANNER), null);
        ensure(accounts, FOUNDATION, Set.of(Role.FOUNDATION), null);
        ensure(accounts, ADMIN, Set.of(Role.ADMIN), null);
        ensure(accounts, ORGANISATION, Set.of(Role.ORGANISATION), organisations.get(0));
        ensure(accounts, OTHER_ORGANISATION, Set.of(Role.ORGANISATION), organisations.get(1));
    }

    private static void ensure(Accounts accounts, String username, Set<Role> roles, Long organisation) {
        accounts.find(username).ifPresentOrElse(
                account -> {
                    accounts.setEnabled(account.id(), true);
                    accounts.assign(account.id(), roles, organisation);
                },
                () -> accounts.create(username, PASSWORD, null, null, roles, organisation, false));
    }

    static RequestPostProcessor as(String username) {
        return SecurityMockMvcRequestPostProcessors.httpBasic(username, PASSWORD);
    }

    static long organisationOf(JdbcTemplate jdbc, String username) {
        return jdbc.queryForObject("""
                SELECT m.organisation_id FROM organisation_member m JOIN app_user u ON u.id = m.user_id
                WHERE u.username = ?""", Long.class, username);
    }
}
