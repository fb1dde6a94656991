package org.welfareintelligence.occupancy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.welfareintelligence.security.CurrentUser;
import org.welfareintelligence.web.ForbiddenException;
import org.welfareintelligence.web.NotFoundException;

/**
 * Sets one facility service's occupancy on behalf of the caller: planners and administrators for any facility,
 * an organisation member only for its own organisation's (another's answers 403; facilities are public, so
 * saying it exists reveals nothing). The audit filter records every call under /api/occupancy.
 */
@Service
class OccupancyEdits {

    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUser caller;

    OccupancyEdits(NamedParameterJdbcTemplate jdbc, CurrentUser caller) {
        this.jdbc = jdbc;
        this.caller = caller;
    }

    @Transactional
    public void update(String facilityCode, String serviceType, OccupancyUpdate update) {
        LocalDate asOf = validate(update);
        List<Map<String, Object>> found = jdbc.queryForList("""
                SELECT fs.id, f.organisation_id FROM facility_service fs JOIN facility f ON f.id = fs.facility_id
                JOIN service_type st ON st.id = fs.service_type_id WHERE f.code = :code AND st.code = :serviceType""",
                new MapSqlParameterSource("code", facilityCode).addValue("serviceType", serviceType));
        if (found.isEmpty()) {
            throw new NotFoundException("facility " + facilityCode + " offers no service " + serviceType);
        }
        Object owner = found.get(0).get("organisation_id");
        boolean own = owner != null && caller.organisationId().map(id -> id == ((Number) owner).longValue())
                .orElse(false);
        if (!caller.actsForEveryOrganisation() && !own) {
            throw new ForbiddenException("facility " + facilityCode + " is not run by your organisation");
        }
        jdbc.update("""
                INSERT INTO facility_occupancy (facility_service_id, in_use, waiting, as_of, updated_by)
                VALUES (:id, :inUse, :waiting, :asOf, :by)
                ON CONFLICT (facility_service_id) DO UPDATE SET in_use = excluded.in_use, waiting = excluded.waiting,
                    as_of = excluded.as_of, updated_by = excluded.updated_by, batch_id = NULL""",
                new MapSqlParameterSource("id", found.get(0).get("id")).addValue("inUse", update.inUse())
                        .addValue("waiting", update.waiting()).addValue("asOf", asOf).addValue("by", caller.name()));
    }

    private static LocalDate validate(OccupancyUpdate update) {
        if (update == null) {
            throw new IllegalArgumentException("the body must be {\"inUse\": …, \"waiting\": …, \"asOf\": …}");
        }
        if (update.inUse() == null || update.inUse() < 0) {
            throw new IllegalArgumentException("inUse must be a number of places, 0 or more");
        }
        if (update.waiting() == null || update.waiting() < 0) {
            throw new IllegalArgumentException("waiting must be a number of people, 0 or more");
        }
        if (update.asOf() == null || update.asOf().isBlank()) {
            return LocalDate.now();
        }
        try {
            LocalDate asOf = LocalDate.parse(update.asOf().trim());
            if (asOf.isAfter(LocalDate.now())) {
                throw new IllegalArgumentException("asOf " + asOf + " is in the future");
            }
            return asOf;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("asOf '" + update.asOf() + "' is not a date written as YYYY-MM-DD");
        }
    }
}
