package org.welfareintelligence.occupancy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.welfareintelligence.privacy.Count;
import org.welfareintelligence.privacy.DisclosureControl;
import org.welfareintelligence.supply.SupplyInForce;

/** Occupancy of facility services as the current reader may see it: the view is built here, counts controlled. */
@Service
public class OccupancyQueries {

    /** Places are those in force today, so free places follow the service's timeline. */
    private static final String SELECT = """
            SELECT f.code AS facility, st.code AS service_type,
                   CASE WHEN now.facility_service_id IS NULL THEN fs.capacity_places ELSE now.places END
                       AS capacity_places, o.in_use, o.waiting, o.as_of
            FROM facility_service fs JOIN facility f ON f.id = fs.facility_id
            JOIN service_type st ON st.id = fs.service_type_id
            LEFT JOIN facility_occupancy o ON o.facility_service_id = fs.id
            LEFT JOIN %s now ON now.facility_service_id = fs.id
            """.formatted(SupplyInForce.TODAY);

    private final NamedParameterJdbcTemplate jdbc;
    private final DisclosureControl disclosure;

    OccupancyQueries(NamedParameterJdbcTemplate jdbc, DisclosureControl disclosure) {
        this.jdbc = jdbc;
        this.disclosure = disclosure;
    }

    /** Every service of one facility, by service type. */
    public List<ServiceOccupancy> ofFacility(String facilityCode) {
        return jdbc.query(SELECT + "WHERE f.code = :code ORDER BY st.code",
                new MapSqlParameterSource("code", facilityCode), (rs, row) -> view(rs));
    }

    /** One service type at the given facilities, by facility code (facilities without it are absent). */
    public Map<String, ServiceOccupancy> ofService(String serviceType, Collection<String> facilityCodes) {
        Map<String, ServiceOccupancy> byFacility = new LinkedHashMap<>();
        if (facilityCodes.isEmpty()) {
            return byFacility;
        }
        jdbc.query(SELECT + "WHERE st.code = :serviceType AND f.code IN (:codes)",
                new MapSqlParameterSource("serviceType", serviceType).addValue("codes", facilityCodes),
                rs -> {
                    ServiceOccupancy view = view(rs);
                    byFacility.put(view.facilityCode(), view);
                });
        return byFacility;
    }

    private ServiceOccupancy view(ResultSet rs) throws SQLException {
        Integer places = rs.getObject("capacity_places", Integer.class);
        Integer inUse = rs.getObject("in_use", Integer.class);
        String facility = rs.getString("facility");
        String serviceType = rs.getString("service_type");
        if (inUse == null) {
            return new ServiceOccupancy(facility, serviceType, places, null, null, null, null);
        }
        int declared = places == null ? -1 : places;
        int free = FreePlaces.free(declared, inUse);
        Count waiting = disclosure.count(FreePlaces.waiting(declared, inUse, rs.getInt("waiting")));
        return new ServiceOccupancy(facility, serviceType, places, inUse, free < 0 ? null : free, waiting,
                rs.getObject("as_of", LocalDate.class));
    }
}
