package org.welfareintelligence.privacy;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Every count derived from demand passes through here before it is returned, drawn or exported.
 * For readers below the planner role a count in [1, k) is suppressed (returned as {@code null}),
 * and so is any rate whose denominator is suppressed. Planners and administrators see exact figures.
 */
@Component
public class DisclosureControl {

    private final int minCount;

    public DisclosureControl(@Value("${wi.privacy.min-count:5}") int minCount) {
        if (minCount < 1) {
            throw new IllegalArgumentException("wi.privacy.min-count must be at least 1, got " + minCount);
        }
        this.minCount = minCount;
    }

    /** The threshold k: counts from 1 to k - 1 are withheld from readers below the planner role. */
    public int minCount() {
        return minCount;
    }

    /** Whether figures for the current reader must be disclosure-controlled. */
    public boolean appliesToCurrentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return true;
        }
        for (GrantedAuthority authority : auth.getAuthorities()) {
            String role = authority.getAuthority();
            if ("ROLE_PLANNER".equals(role) || "ROLE_ADMIN".equals(role)) {
                return false;
            }
        }
        return true;
    }

    /** Whether this count would identify too few people for the current reader. */
    public boolean suppresses(double count) {
        return isSmall(count) && appliesToCurrentUser();
    }

    /** The count as it may be shown to the current reader, or {@code null} when it is suppressed. */
    public Double count(double count) {
        return suppresses(count) ? null : count;
    }

    /** A rate over {@code denominator} people, or {@code null} when the denominator is suppressed. */
    public Double rate(double rate, double denominator) {
        return suppresses(denominator) ? null : rate;
    }

    /** The rule itself, independent of the reader: a positive count below k. */
    public boolean isSmall(double count) {
        return count > 0 && count < minCount;
    }
}
