package org.welfareintelligence.security;

import java.time.Instant;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads accounts from PostgreSQL for form sign-in and HTTP Basic alike. */
@Service
class DatabaseUserDetailsService implements UserDetailsService {

    private final Accounts accounts;

    DatabaseUserDetailsService(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Accounts.Credentials found = accounts.credentials(username)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        Account account = found.account();
        List<SimpleGrantedAuthority> authorities = account.roles().stream()
                .map(role -> new SimpleGrantedAuthority(role.authority())).toList();
        return new AccountDetails(account.username(), found.passwordHash(), account.enabled(),
                !account.lockedAt(Instant.now()), authorities, account.organisationId());
    }
}
