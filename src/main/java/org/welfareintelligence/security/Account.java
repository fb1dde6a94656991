package org.welfareintelligence.security;

import java.time.Instant;
import java.util.Set;

/** A stored account as the admin pages show it (never with its password hash). */
public record Account(long id, String username, String displayName, String email, boolean enabled, boolean demo,
                     Set<Role> roles, Long organisationId, String organisationCode, Instant lockedUntil,
                     Instant lastLoginAt) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
