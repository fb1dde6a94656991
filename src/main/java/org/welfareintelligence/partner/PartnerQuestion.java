package org.welfareintelligence.partner;

import java.util.List;
import java.util.Locale;

/**
 * A partner question once parsed: target and service type codes (trimmed, distinct), how many partners and how
 * far outside the zone an organisation's facilities still count as near (metres).
 */
public record PartnerQuestion(List<String> targets, List<String> serviceTypes, int k, double radiusMetres) {

    public static final int DEFAULT_K = 3;
    public static final double DEFAULT_RADIUS = 500;
    static final int MAX_K = 10;
    static final double MAX_RADIUS = 5000;
    static final int MAX_TARGETS = 12;
    /** Every service type of the taxonomy may be needed at once. */
    static final int MAX_SERVICE_TYPES = 30;

    public static PartnerQuestion of(List<String> targets, List<String> serviceTypes, Integer k, Double radius) {
        int partners = k == null ? DEFAULT_K : k;
        if (partners < 1 || partners > MAX_K) {
            throw new IllegalArgumentException("k must be between 1 and " + MAX_K + ", got " + partners);
        }
        double metres = radius == null ? DEFAULT_RADIUS : radius;
        if (!(metres >= 0 && metres <= MAX_RADIUS)) {
            throw new IllegalArgumentException("radius must be between 0 and " + (int) MAX_RADIUS + " metres, got " + metres);
        }
        return new PartnerQuestion(codes("targets", targets, "/api/targets", MAX_TARGETS),
                codes("serviceTypes", serviceTypes, "/api/service-types", MAX_SERVICE_TYPES), partners, metres);
    }

    private static List<String> codes(String field, List<String> given, String where, int max) {
        List<String> codes = given == null ? List.of() : given.stream().flatMap(c -> List.of(c.split(",")).stream())
                .map(String::strip).filter(c -> !c.isEmpty()).map(c -> c.toUpperCase(Locale.ROOT)).distinct().toList();
        if (codes.isEmpty()) {
            throw new IllegalArgumentException(field + " is missing: name at least one code (see " + where + ")");
        }
        if (codes.size() > max) {
            throw new IllegalArgumentException(field + ": " + codes.size() + " codes given; at most " + max);
        }
        return codes;
    }
}
