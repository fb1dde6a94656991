package org.welfareintelligence.partner;

import java.util.List;
import org.welfareintelligence.privacy.Count;

/**
 * Partners for a zone: the need per service, the organisations running needed services in or near the zone and
 * the recommended k with what each adds. Counts of people are {@link Count}s (null when withheld from the reader).
 */
public record PartnerAnswer(String zoneName, String zoneCode, int k, double radiusMetres, List<Need> needs,
                            List<Organisation> organisations, List<Partner> partners, Count coveredPeople,
                            Count unmetPeople, Double shareCovered) {

    /**
     * One needed service: the people of the chosen targets it serves in the zone, its places there and the unmet
     * need (people minus places, at least 0).
     */
    public record Need(String serviceType, String serviceName, List<String> targetNames, Count people, long places,
                       Count unmetPeople) {
    }

    /** An organisation running needed services in or near the zone. */
    public record Organisation(String code, String name, String type, List<Offer> services) {
    }

    /** One needed service an organisation runs: its facilities in and near the zone and their places. */
    public record Offer(String serviceType, String serviceName, int facilitiesInZone, int facilitiesNear,
                        long placesInReach, List<String> facilityNames) {
    }

    /** A recommended partner, in the order chosen, with the need it covers beyond the partners before it. */
    public record Partner(int rank, String code, String name, Count addedPeople, List<Gain> why) {
    }

    /** What a partner adds in one service. */
    public record Gain(String serviceType, String serviceName, Count addedPeople) {
    }
}
