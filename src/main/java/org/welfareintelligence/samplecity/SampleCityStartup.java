package org.welfareintelligence.samplecity;

import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Loads the sample city when the database has no census section yet (wi.sample-city.load-on-empty). */
@Component
class SampleCityStartup {

    private static final Logger log = LoggerFactory.getLogger(SampleCityStartup.class);

    private final SampleCityLoader loader;
    private final SampleCityProperties properties;

    SampleCityStartup(SampleCityLoader loader, SampleCityProperties properties) {
        this.loader = loader;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadIfEmpty() {
        if (!properties.loadOnEmpty() || !loader.databaseIsEmpty()) {
            return;
        }
        Path directory = Path.of(properties.directory());
        if (!Files.isDirectory(directory)) {
            log.warn("The database is empty but the sample city directory {} does not exist: nothing loaded",
                    directory.toAbsolutePath());
            return;
        }
        log.info("The database is empty: loading the SYNTHETIC sample city from {}", directory.toAbsolutePath());
        loader.load(directory);
    }
}
