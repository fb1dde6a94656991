package org.welfareintelligence.security;

/** A signed-in local account, however it signed in (password or single sign-on). */
interface AccountPrincipal {

    /** The organisation the account acts for, or null. */
    Long organisationId();
}
