package org.welfareintelligence.audit;

import java.util.Optional;

/** The restricted path families whose reads are audited, by the dataset they disclose. */
enum RestrictedDataset {
    DEMAND, SECTIONS, SECTION_TILES, ANALYTICS, OPTIMISATION, TENDER_REPORTS, PRIORITY_SETS, IMPORTS, CONTRIBUTIONS,
    OCCUPANCY, REFERRALS, ROUTES, SCENARIOS, PARTNERS, AUDIT;

    /** The dataset a request path reads, or empty for public and non-data paths. */
    static Optional<RestrictedDataset> of(String path) {
        if (path.startsWith("/api/demand")) {
            return Optional.of(DEMAND);
        }
        if (path.startsWith("/api/sections/") || path.equals("/api/territories/section")) {
            return Optional.of(path.endsWith("/demand") ? DEMAND : SECTIONS);
        }
        if (path.startsWith("/tiles/sections/")) {
            return Optional.of(SECTION_TILES);
        }
        if (path.startsWith("/api/analytics/") || path.startsWith("/api/projections/") || path.equals("/compensation")) {
            return Optional.of(ANALYTICS);
        }
        if (path.startsWith("/api/optimisation/")) {
            return Optional.of(OPTIMISATION);
        }
        if (path.startsWith("/tender/zone-report") || path.startsWith("/api/tender/")) {
            return Optional.of(TENDER_REPORTS);
        }
        if (path.equals("/api/scenarios") || path.startsWith("/api/scenarios/")) {
            return Optional.of(SCENARIOS);
        }
        if (path.startsWith("/api/foundation/")) {
            return Optional.of(PRIORITY_SETS);
        }
        if (path.startsWith("/api/imports")) {
            return Optional.of(IMPORTS);
        }
        if (path.startsWith("/api/contributions")) {
            return Optional.of(CONTRIBUTIONS);
        }
        if (path.startsWith("/api/occupancy/")) {
            return Optional.of(OCCUPANCY);
        }
        if (path.startsWith("/api/referral")) {
            return Optional.of(REFERRALS);
        }
        if (path.startsWith("/api/routing/")) {
            return Optional.of(ROUTES);
        }
        if (path.startsWith("/api/partners")) {
            return Optional.of(PARTNERS);
        }
        if (path.startsWith("/api/audit") || path.startsWith("/admin/audit")) {
            return Optional.of(AUDIT);
        }
        return Optional.empty();
    }
}
