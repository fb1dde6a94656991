/**
 * Partners for a networked project: which organisations already run the needed services in or near a zone,
 * and a greedy maximum-coverage choice of k of them that together cover the most unmet need
 * ({@code core.PartnerCoverage}, plain Java), each with what it adds over the ones chosen before it.
 * {@code /api/partners}; the tender zone report shows the recommendation and the zone's active operators.
 */
package org.welfareintelligence.partner;
