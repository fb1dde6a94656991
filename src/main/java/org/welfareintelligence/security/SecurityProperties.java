package org.welfareintelligence.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The built-in administrator account, the lockout after failed sign-ins and the request budgets.
 *
 * @param adminUser     created on start when missing (roles ADMIN and PLANNER)
 * @param adminPassword its initial password; changing the property later does not overwrite a stored one
 */
@ConfigurationProperties("wi.security")
public record SecurityProperties(String adminUser, String adminPassword, @DefaultValue Lockout lockout,
                                 @DefaultValue RateLimit rateLimit) {

    /** After {@code maxFailures} wrong passwords in a row the account is locked for {@code minutes}. */
    public record Lockout(@DefaultValue("5") int maxFailures, @DefaultValue("15") int minutes) {
    }

    /**
     * Requests per minute: sign-in attempts per client address, and heavy requests (analytics,
     * optimisation, exports, imports) per account.
     */
    public record RateLimit(@DefaultValue("10") int loginPerMinute, @DefaultValue("60") int heavyPerMinute) {
    }
}
