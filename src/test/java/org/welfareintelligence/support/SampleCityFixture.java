package org.welfareintelligence.support;

import java.nio.file.Path;
import org.springframework.jdbc.core.JdbcTemplate;
import org.welfareintelligence.samplecity.SampleCityLoader;

/** Loads the committed synthetic sample city into the test database unless only the sample is already there. */
public final class SampleCityFixture {

    private SampleCityFixture() {
    }

    public static Path directory() {
        return Path.of("data-samples", "milano-synthetic");
    }

    public static void ensureLoaded(JdbcTemplate jdbc, SampleCityLoader loader) {
        Boolean onlySample = jdbc.queryForObject("""
                SELECT count(*) > 0 AND bool_and(synthetic) AND (SELECT count(*) FROM facility_service) > 0
                  AND (SELECT count(*) FROM facility_occupancy) > 0
                  AND (SELECT count(DISTINCT period) FROM demand) = 3 AND (SELECT count(*) FROM facility_service_change) > 0
                FROM import_batch""", Boolean.class);
        if (Boolean.TRUE.equals(onlySample)) {
            return;
        }
        DatabaseCleaner.clean(jdbc);
        loader.load(directory());
    }
}
