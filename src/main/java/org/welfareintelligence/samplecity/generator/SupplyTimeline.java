package org.welfareintelligence.samplecity.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.welfareintelligence.samplecity.generator.SupplyNetwork.Facility;
import org.welfareintelligence.samplecity.generator.SupplyNetwork.FacilityService;

/**
 * Capacity changes of the sample city's services: about one in five services of facilities open before 2012 was
 * resized once between 2012 and 2024, from 60-130 % of today's places to today's. Each resized service gets two
 * changes, its places from opening and today's places from the resize, so today's capacity stays the one in
 * facility-services.csv.
 */
final class SupplyTimeline {

    /** From {@code effectiveOn} the service offers {@code places}. */
    record Change(String facilityCode, String serviceType, LocalDate effectiveOn, int places) {
    }

    private static final double RESIZED_SHARE = 0.2;
    private static final LocalDate EARLIEST = LocalDate.of(1970, 1, 1);
    private static final LocalDate RESIZED_FROM = LocalDate.of(2012, 1, 1);

    final List<Change> changes;

    private SupplyTimeline(List<Change> changes) {
        this.changes = changes;
    }

    static SupplyTimeline generate(SupplyNetwork supply, SplittableRandom rng) {
        Map<String, Facility> facilities = new HashMap<>();
        supply.facilities.forEach(f -> facilities.put(f.code(), f));
        List<Change> changes = new ArrayList<>();
        long span = LocalDate.of(2024, 12, 31).toEpochDay() - RESIZED_FROM.toEpochDay();
        for (FacilityService s : supply.services) {
            Facility f = facilities.get(s.facilityCode());
            boolean running = f.status().equals("OPEN") && (f.openedOn() == null || f.openedOn().isBefore(RESIZED_FROM));
            if (!running || s.capacityPlaces() < 5 || rng.nextDouble() >= RESIZED_SHARE) {
                continue;
            }
            int before = (int) Math.round(s.capacityPlaces() * (0.6 + 0.7 * rng.nextDouble()));
            if (before == s.capacityPlaces()) {
                before = s.capacityPlaces() - 2;
            }
            LocalDate resized = LocalDate.ofEpochDay(RESIZED_FROM.toEpochDay() + rng.nextLong(span + 1));
            changes.add(new Change(s.facilityCode(), s.serviceType(), f.openedOn() == null ? EARLIEST : f.openedOn(),
                    before));
            changes.add(new Change(s.facilityCode(), s.serviceType(), resized, s.capacityPlaces()));
        }
        return new SupplyTimeline(changes);
    }
}
