package org.welfareintelligence.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.welfareintelligence.support.SampleCityApiTest;

/**
 * The supply a scenario starts from is the supply in force on 1 July of each year: the facilities' opening and
 * closing dates, their status and the dated changes of their places.
 */
class ScenarioSupplyTest extends SampleCityApiTest {

    @Autowired
    ScenarioSupply supply;

    @Test
    void eachYearHasThePlacesInForceOnTheFirstOfJuly() {
        Map<String, Object> resized = jdbc.queryForMap("""
                SELECT st.code AS service FROM facility_service_change c
                JOIN service_type st ON st.id = c.service_type_id
                GROUP BY st.code ORDER BY count(*) DESC, st.code LIMIT 1""");
        String service = (String) resized.get("service");
        int[] years = {2011, 2014, 2016, 2019, 2021, 2026, 2030};
        ScenarioSupply.Centres centres = supply.read(service, years);
        int differingFromToday = 0;
        for (int t = 0; t < years.length; t++) {
            for (int j = 0; j < centres.size(); j++) {
                Double expected = jdbc.queryForObject("""
                        SELECT coalesce(max(coalesce(s.places, 0)), 0) FROM supply_in_force(?) s
                        JOIN facility f ON f.id = s.facility_id JOIN service_type st ON st.id = s.service_type_id
                        WHERE f.code = ? AND st.code = ?""", Double.class, LocalDate.of(years[t], 7, 1),
                        centres.code()[j], service);
                assertThat(centres.places()[t][j]).as("%s in %d", centres.code()[j], years[t]).isEqualTo(expected);
                differingFromToday += centres.places()[t][j] != centres.places()[5][j] ? 1 : 0;
            }
        }
        assertThat(differingFromToday).as("places that differ from 2026's in some year").isPositive();
    }
}
