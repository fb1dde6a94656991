package org.welfareintelligence.analytics.compensation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.welfareintelligence.privacy.Count;

/**
 * What a development site's catchment lacks against the city norm, services ranked from the one lacking most,
 * with the places and staff compensation works could fund (docs/analytics.md, "Compensation works"). Counts of
 * people are {@link Count}s; figures derived from a withheld count are null.
 */
public record CompensationReport(String siteName, String siteType, String siteGeometry, double lon, double lat,
                                 double radiusMetres, int sections, Count residents, LocalDate supplyOn,
                                 List<ServiceNeed> services, int fundablePlaces, Double fundableStaff,
                                 boolean controlled, int minCount, OffsetDateTime generatedAt) {

    /** The people of one target the service serves, in the catchment (a service's, most people first). */
    public record TargetPeople(String target, String name, Count people) {
    }

    /**
     * One service: the people of its targets in the catchment, the open facilities and places within the radius,
     * the city's people per place, the places that norm gives the catchment, the places missing (negative: a
     * surplus) and their share of the norm, the whole places compensation could fund and the staff they need.
     */
    public record ServiceNeed(int rank, String serviceType, String serviceName, List<TargetPeople> byTarget,
                              Count people, int facilitiesInReach, double placesInReach, Double cityPeoplePerPlace,
                              Double expectedPlaces, Double missingPlaces, Double missingShare, Integer fundablePlaces,
                              Double staffPerPlace, String staffBasis, Double fundableStaff) {
    }
}
