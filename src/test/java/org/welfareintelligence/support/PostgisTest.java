package org.welfareintelligence.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base for integration tests: the whole application against the real PostGIS from {@link TestDatabase},
 * with the sample city not loaded automatically and no street network loaded with it (tests load what they need).
 */
@SpringBootTest(properties = {"wi.sample-city.load-on-empty=false", "logging.level.root=WARN",
        "logging.level.org.welfareintelligence=INFO"})
public abstract class PostgisTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.Connection db = TestDatabase.get();
        registry.add("spring.datasource.url", db::url);
        registry.add("spring.datasource.username", db::user);
        registry.add("spring.datasource.password", db::password);
        // here, not in @SpringBootTest: a test class with its own properties replaces those, and a street network
        // loading in the background of a cached context would write while later tests empty the tables
        registry.add("wi.network.load-with-sample-city", () -> "false");
    }
}
