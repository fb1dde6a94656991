package org.welfareintelligence.referral;

import java.time.LocalDate;
import java.util.List;
import org.welfareintelligence.privacy.Count;

/**
 * Where to direct a request. When the place could not be resolved, {@code resolved} is false, {@code message}
 * says why and the lists are empty. {@code waiting} counts people and is withheld when small for readers below
 * PLANNER; free places are places and are always shown.
 */
public record ReferralAnswer(boolean resolved, String message, Place place, String serviceType, String target,
                             String costUnit, List<Centre> centres, List<Centre> otherPlaces) {

    /** The point the ranking starts from, and what it was resolved from. */
    public record Place(String label, String kind, double lon, double lat) {
    }

    public record Centre(int rank, String code, String name, String address, String operator, double lon,
                         double lat, double travelCost, Integer capacityPlaces, Integer freePlaces, Count waiting,
                         LocalDate occupancyAsOf) {
    }

    static ReferralAnswer unresolved(String message, ReferralQuery query) {
        return new ReferralAnswer(false, message, null, query.serviceType(), query.target(), null, List.of(),
                List.of());
    }
}
