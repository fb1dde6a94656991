package org.welfareintelligence.security;

/**
 * What an account may do. Anonymous visitors are the public: they see facility information, the
 * taxonomy, boundaries and the service finder, and need no account.
 */
public enum Role {
    /** Manages accounts, imports and reads the audit log. */
    ADMIN,
    /** A municipality's planner: every dataset with exact figures, imports, optimisation, reviews contributions. */
    PLANNER,
    /** A member of an operator organisation: edits its own facilities, submits contributions, reads analytics. */
    ORGANISATION,
    /** A funding foundation: reads demand and analytics under disclosure control. */
    FOUNDATION;

    public String authority() {
        return "ROLE_" + name();
    }
}
