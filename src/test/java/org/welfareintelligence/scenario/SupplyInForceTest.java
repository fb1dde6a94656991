package org.welfareintelligence.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.welfareintelligence.support.SampleCityApiTest;

/** The supply in force each year follows the facilities' opening and closing dates and their status. */
class SupplyInForceTest extends SampleCityApiTest {

    @Autowired
    SupplyInForce supply;

    @Test
    void aPlannedFacilityCountsFromTheYearItOpensAClosedOneUntilItClosesASuspendedOneNot() {
        Map<String, Object> planned = jdbc.queryForMap("""
                SELECT f.code, st.code AS service, fs.capacity_places, f.opened_on FROM facility f
                JOIN facility_service fs ON fs.facility_id = f.id JOIN service_type st ON st.id = fs.service_type_id
                WHERE f.status = 'PLANNED' AND f.opened_on > DATE '2026-07-01' AND fs.capacity_places > 0
                ORDER BY f.code LIMIT 1""");
        int opening = ((java.sql.Date) planned.get("opened_on")).toLocalDate().getYear();
        // in force from 1 July: a facility opening after 1 July counts from the next year
        int first = ((java.sql.Date) planned.get("opened_on")).toLocalDate().isAfter(LocalDate.of(opening, 7, 1))
                ? opening + 1 : opening;
        int[] years = {first - 1, first, first + 1};
        SupplyInForce.Centres centres = supply.read((String) planned.get("service"), years);
        int j = centres.indexOf((String) planned.get("code"));
        double places = ((Number) planned.get("capacity_places")).doubleValue();
        assertThat(centres.places()[0][j]).isZero();
        assertThat(centres.places()[1][j]).isEqualTo(places);
        assertThat(centres.places()[2][j]).isEqualTo(places);

        Map<String, Object> closed = jdbc.queryForMap("""
                SELECT f.code, st.code AS service, fs.capacity_places, f.closed_on FROM facility f
                JOIN facility_service fs ON fs.facility_id = f.id JOIN service_type st ON st.id = fs.service_type_id
                WHERE f.status = 'CLOSED' AND f.closed_on IS NOT NULL AND f.opened_on < f.closed_on - 400
                AND fs.capacity_places > 0 ORDER BY f.code LIMIT 1""");
        LocalDate closedOn = ((java.sql.Date) closed.get("closed_on")).toLocalDate();
        int lastOpen = closedOn.isAfter(LocalDate.of(closedOn.getYear(), 7, 1)) ? closedOn.getYear() : closedOn.getYear() - 1;
        SupplyInForce.Centres before = supply.read((String) closed.get("service"), new int[] {lastOpen, lastOpen + 1});
        int k = before.indexOf((String) closed.get("code"));
        assertThat(before.places()[0][k]).isEqualTo(((Number) closed.get("capacity_places")).doubleValue());
        assertThat(before.places()[1][k]).isZero();

        Map<String, Object> suspended = jdbc.queryForMap("""
                SELECT f.code, st.code AS service FROM facility f JOIN facility_service fs ON fs.facility_id = f.id
                JOIN service_type st ON st.id = fs.service_type_id WHERE f.status = 'SUSPENDED' ORDER BY f.code LIMIT 1""");
        SupplyInForce.Centres now = supply.read((String) suspended.get("service"), new int[] {2026});
        assertThat(now.places()[0][now.indexOf((String) suspended.get("code"))]).isZero();
    }
}
