package org.welfareintelligence.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.welfareintelligence.samplecity.SampleCityLoader;

/**
 * Base for API tests over the synthetic sample city: MockMvc against the whole application and the real
 * PostGIS, with the sample city loaded before each test (once, unless a test replaced it).
 */
@AutoConfigureMockMvc
public abstract class SampleCityApiTest extends PostgisTest {

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected SampleCityLoader loader;

    @BeforeEach
    void loadSampleCity() {
        SampleCityFixture.ensureLoaded(jdbc, loader);
    }
}
