package org.welfareintelligence.supply;

import java.util.List;

/**
 * Changes to one facility: fields left null stay as they are; {@code services} sets the capacity of
 * services the facility already offers.
 */
public record FacilityUpdate(String name, String address, String status, List<ServiceCapacity> services) {

    public record ServiceCapacity(String serviceType, Integer capacityPlaces) {
    }
}
