package org.welfareintelligence.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Single sign-on maps the provider's user to the local account with the same user name
 * ({@code preferred_username}) or e-mail: roles and organisation always come from here, never from the
 * provider, and a person without an enabled local account is refused.
 */
class LocalAccountOidcUserService extends OidcUserService {

    private final Accounts accounts;

    LocalAccountOidcUserService(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser remote = super.loadUser(request);
        Account account = accounts.find(remote.getPreferredUsername() == null ? "" : remote.getPreferredUsername())
                .or(() -> remote.getEmail() == null ? Optional.<Account>empty() : accounts.findByEmail(remote.getEmail()))
                .filter(found -> found.enabled() && !found.lockedAt(Instant.now()))
                .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error("no_local_account",
                        "no enabled account here for this sign-in: ask an administrator to invite you", null)));
        List<SimpleGrantedAuthority> authorities = account.roles().stream()
                .map(role -> new SimpleGrantedAuthority(role.authority())).toList();
        return new AccountOidcUser(authorities, remote, account);
    }

    /** The provider's user acting as a local account. */
    static final class AccountOidcUser extends DefaultOidcUser implements AccountPrincipal {

        private final String username;
        private final Long organisationId;

        AccountOidcUser(List<SimpleGrantedAuthority> authorities, OidcUser remote, Account account) {
            super(authorities, remote.getIdToken(), remote.getUserInfo());
            this.username = account.username();
            this.organisationId = account.organisationId();
        }

        @Override
        public String getName() {
            return username;
        }

        @Override
        public Long organisationId() {
            return organisationId;
        }
    }
}
