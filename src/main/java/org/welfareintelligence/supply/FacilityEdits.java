package org.welfareintelligence.supply;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.welfareintelligence.security.CurrentUser;
import org.welfareintelligence.web.NotFoundException;

/**
 * Edits a facility on behalf of the caller. The caller's scope is part of every UPDATE's WHERE clause
 * (an organisation member matches only its own organisation's rows), so another organisation's facility
 * is indistinguishable from one that does not exist: both answer 404.
 */
@Service
class FacilityEdits {

    private static final Set<String> STATUSES = Set.of("OPEN", "PLANNED", "SUSPENDED", "CLOSED");

    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUser caller;

    FacilityEdits(NamedParameterJdbcTemplate jdbc, CurrentUser caller) {
        this.jdbc = jdbc;
        this.caller = caller;
    }

    @Transactional
    public void update(String code, FacilityUpdate update) {
        String status = validate(update);
        boolean everyOrganisation = caller.actsForEveryOrganisation();
        Long organisation = caller.organisationId().orElse(null);
        if (!everyOrganisation && organisation == null) {
            throw notYours(code);
        }
        MapSqlParameterSource scope = new MapSqlParameterSource("code", code)
                .addValue("every", everyOrganisation).addValue("org", organisation);
        int facilities = jdbc.update("""
                UPDATE facility SET name = coalesce(:name, name), address = coalesce(:address, address),
                                    status = coalesce(:status, status)
                WHERE code = :code AND (:every OR organisation_id = :org)""",
                scope.addValue("name", trim(update.name())).addValue("address", trim(update.address()))
                        .addValue("status", status));
        if (facilities == 0) {
            throw notYours(code);
        }
        for (FacilityUpdate.ServiceCapacity service : services(update)) {
            int rows = jdbc.update("""
                    UPDATE facility_service fs SET capacity_places = :capacity
                    FROM facility f, service_type st
                    WHERE fs.facility_id = f.id AND st.id = fs.service_type_id
                      AND f.code = :code AND st.code = :serviceType AND (:every OR f.organisation_id = :org)""",
                    new MapSqlParameterSource(scope.getValues()).addValue("capacity", service.capacityPlaces())
                            .addValue("serviceType", service.serviceType()));
            if (rows == 0) {
                throw new NotFoundException("facility " + code + " offers no service " + service.serviceType());
            }
            // a service with a timeline takes the new capacity from today, or the timeline would hide it
            jdbc.update("""
                    INSERT INTO facility_service_change (facility_id, service_type_id, effective_on, places, open)
                    SELECT c.facility_id, c.service_type_id, current_date, :capacity, true
                    FROM facility_service_change c JOIN facility f ON f.id = c.facility_id
                    JOIN service_type st ON st.id = c.service_type_id
                    WHERE f.code = :code AND st.code = :serviceType
                    GROUP BY c.facility_id, c.service_type_id
                    ON CONFLICT (facility_id, service_type_id, effective_on)
                        DO UPDATE SET places = excluded.places, open = true""",
                    new MapSqlParameterSource("code", code).addValue("capacity", service.capacityPlaces())
                            .addValue("serviceType", service.serviceType()));
        }
    }

    private static NotFoundException notYours(String code) {
        return new NotFoundException("no facility with code " + code + " that you may edit");
    }

    private static String validate(FacilityUpdate update) {
        if (update.name() != null && (update.name().isBlank() || update.name().length() > 300)) {
            throw new IllegalArgumentException("name must be 1-300 characters");
        }
        if (update.address() != null && update.address().length() > 300) {
            throw new IllegalArgumentException("address must be at most 300 characters");
        }
        String status = update.status() == null ? null : update.status().trim().toUpperCase(Locale.ROOT);
        if (status != null && !STATUSES.contains(status)) {
            throw new IllegalArgumentException("status '" + update.status()
                    + "' is not one of OPEN, PLANNED, SUSPENDED, CLOSED");
        }
        for (FacilityUpdate.ServiceCapacity service : services(update)) {
            if (service.serviceType() == null || service.serviceType().isBlank()) {
                throw new IllegalArgumentException("services[].serviceType is required");
            }
            if (service.capacityPlaces() == null || service.capacityPlaces() < 0) {
                throw new IllegalArgumentException("services[].capacityPlaces of " + service.serviceType()
                        + " must be a number of places, 0 or more");
            }
        }
        return status;
    }

    private static List<FacilityUpdate.ServiceCapacity> services(FacilityUpdate update) {
        return update.services() == null ? List.of() : update.services();
    }

    private static String trim(String text) {
        return text == null ? null : text.trim();
    }
}
