package org.welfareintelligence.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Locks an account after repeated wrong passwords (wi.security.lockout), whether by form or HTTP Basic. */
@Component
class SignInAttempts {

    private final Accounts accounts;
    private final SecurityProperties.Lockout lockout;

    SignInAttempts(Accounts accounts, SecurityProperties properties) {
        this.accounts = accounts;
        this.lockout = properties.lockout();
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        accounts.recordFailure(event.getAuthentication().getName(), lockout.maxFailures(), lockout.minutes());
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal) {
            accounts.recordSuccess(event.getAuthentication().getName());
        }
    }
}
