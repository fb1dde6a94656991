package org.welfareintelligence.privacy;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who gets controlled figures, and the rule for a count computed by an analysis from published inputs.
 * Readers below the planner role are controlled: a count in [1, k) is withheld from them, and so is any rate
 * whose denominator is withheld. Planners and administrators see exact figures.
 *
 * <p>Counts of a territorial quantity (residents, families, a target's demand) come instead from
 * {@code territory.TerritorialDisclosure}, which also protects them against differencing across levels.
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

    /**
     * A count an analysis computed from inputs the reader may see (loaded through the analytics inputs, which
     * are already disclosure-controlled), as the current reader may see it: withheld when small.
     */
    public Count count(double aggregateOfPublishedInputs) {
        return isSmall(aggregateOfPublishedInputs) && appliesToCurrentUser() ? Count.withheld()
                : Count.exact(aggregateOfPublishedInputs);
    }

    /** A rate over a count of people, or {@code null} when that count is withheld. */
    public Double rate(double rate, Count basis) {
        return basis.isWithheld() ? null : rate;
    }

    /** The rule itself, independent of the reader: a positive count below k. */
    public boolean isSmall(double count) {
        return count > 0 && count < minCount;
    }
}
