/**
 * Referral: "which centre should I direct this request to?" From a place (a point, a neighbourhood, or text
 * matched against area and facility names), a service type and optionally a target group, the centres offering
 * it ranked by travel cost with their free places, waiting list and operator, then other places with room.
 * {@link org.welfareintelligence.referral.ReferralRanking} is the rule, plain Java on arrays.
 */
package org.welfareintelligence.referral;
