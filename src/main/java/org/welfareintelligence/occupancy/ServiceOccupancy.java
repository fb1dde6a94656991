package org.welfareintelligence.occupancy;

import java.time.LocalDate;
import org.welfareintelligence.privacy.Count;

/**
 * One facility service's occupancy as the reader may see it. {@code placesInUse} and {@code freePlaces} are
 * places (public, like the capacity); {@code waiting} counts people, withheld when small for readers below
 * PLANNER. Every occupancy field is null when no figures were reported.
 */
public record ServiceOccupancy(String facilityCode, String serviceType, Integer capacityPlaces, Integer placesInUse,
                               Integer freePlaces, Count waiting, LocalDate asOf) {
}
