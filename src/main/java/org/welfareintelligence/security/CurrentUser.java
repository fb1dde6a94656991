package org.welfareintelligence.security;

import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is calling, for modules that scope their queries by it (an organisation member sees its own rows). */
@Component
public class CurrentUser {

    /** The signed-in user's name, or "anonymous". */
    public String name() {
        Authentication auth = authentication();
        return auth == null ? "anonymous" : auth.getName();
    }

    public boolean signedIn() {
        return authentication() != null;
    }

    public boolean hasRole(Role role) {
        Authentication auth = authentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> role.authority().equals(a.getAuthority()));
    }

    /** Planners and administrators act on every organisation's data. */
    public boolean actsForEveryOrganisation() {
        return hasRole(Role.PLANNER) || hasRole(Role.ADMIN);
    }

    /** The organisation the caller is a member of, if any. */
    public Optional<Long> organisationId() {
        Authentication auth = authentication();
        if (auth != null && auth.getPrincipal() instanceof AccountPrincipal account) {
            return Optional.ofNullable(account.organisationId());
        }
        return Optional.empty();
    }

    private static Authentication authentication() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated() ? null : auth;
    }
}
