package org.welfareintelligence.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A signed-in account: Spring Security's user plus the organisation it acts for, if any. */
class AccountDetails extends User implements AccountPrincipal {

    private final Long organisationId;

    AccountDetails(String username, String passwordHash, boolean enabled, boolean accountNonLocked,
                   Collection<? extends GrantedAuthority> authorities, Long organisationId) {
        super(username, passwordHash, enabled, true, true, accountNonLocked, authorities);
        this.organisationId = organisationId;
    }

    @Override
    public Long organisationId() {
        return organisationId;
    }
}
