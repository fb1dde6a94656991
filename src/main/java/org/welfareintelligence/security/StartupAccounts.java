package org.welfareintelligence.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.welfareintelligence.samplecity.SampleCityLoaded;

/**
 * The configured administrator, created when missing; and one demo account per role, created only
 * beside the synthetic sample city (they would be a standing risk next to real data).
 */
@Component
class StartupAccounts {

    private static final Logger log = LoggerFactory.getLogger(StartupAccounts.class);

    /** Demo accounts sign in with their own name as password: planner/planner and so on. */
    private record Demo(String username, String displayName, Role role) {
    }

    private static final List<Demo> DEMOS = List.of(
            new Demo("planner", "Demo municipal planner", Role.PLANNER),
            new Demo("organisation", "Demo organisation member", Role.ORGANISATION),
            new Demo("foundation", "Demo foundation analyst", Role.FOUNDATION));

    private final Accounts accounts;
    private final SecurityProperties properties;
    private final JdbcTemplate jdbc;

    StartupAccounts(Accounts accounts, SecurityProperties properties, JdbcTemplate jdbc) {
        this.accounts = accounts;
        this.properties = properties;
        this.jdbc = jdbc;
    }

    /** Runs before the sample city loads (ordered first) so that the administrator exists from the start. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void ensureAdministrator() {
        if (!accounts.exists(properties.adminUser())) {
            accounts.create(properties.adminUser(), properties.adminPassword(), "Administrator", null,
                    EnumSet.of(Role.ADMIN, Role.PLANNER), null, false);
            log.info("Created the administrator account '{}' (wi.security.admin-user)", properties.adminUser());
        }
        List<Account> demos = accounts.all().stream().filter(Account::demo).toList();
        if (!demos.isEmpty()) {
            printDemoAccounts(demos);
        }
    }

    @EventListener
    void sampleCityLoaded(SampleCityLoaded event) {
        Long organisation = busiestThirdSectorOrganisation();
        for (Demo demo : DEMOS) {
            Long org = demo.role() == Role.ORGANISATION ? organisation : null;
            if (demo.role() == Role.ORGANISATION && org == null) {
                continue;
            }
            accounts.find(demo.username()).ifPresentOrElse(
                    existing -> {
                        if (existing.demo()) {
                            accounts.assign(existing.id(), Set.of(demo.role()), org);
                        }
                    },
                    () -> accounts.create(demo.username(), demo.username(), demo.displayName(), null,
                            Set.of(demo.role()), org, true));
        }
        printDemoAccounts(accounts.all().stream().filter(Account::demo).toList());
    }

    /** The third-sector organisation running the most facilities, so the demo member has something to edit. */
    private Long busiestThirdSectorOrganisation() {
        return jdbc.query("""
                SELECT o.id FROM organisation o JOIN facility f ON f.organisation_id = o.id
                WHERE o.type = 'THIRD_SECTOR' GROUP BY o.id ORDER BY count(*) DESC, o.id LIMIT 1""",
                (rs, row) -> rs.getLong(1)).stream().findFirst().orElse(null);
    }

    private static void printDemoAccounts(List<Account> demos) {
        StringBuilder text = new StringBuilder("Demo accounts for the SYNTHETIC sample city (password = user name):");
        for (Account demo : demos) {
            text.append("\n  ").append(demo.username()).append(" / ").append(demo.username()).append("  roles ")
                    .append(demo.roles());
            if (demo.organisationCode() != null) {
                text.append(", member of ").append(demo.organisationCode());
            }
        }
        log.info(text.toString());
    }
}
