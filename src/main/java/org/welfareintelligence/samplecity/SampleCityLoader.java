package org.welfareintelligence.samplecity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.welfareintelligence.ingest.ImportKind;
import org.welfareintelligence.ingest.ImportOptions;
import org.welfareintelligence.ingest.ImportService;

/**
 * Loads the synthetic sample city from data-samples/ through the ordinary importers, all in one
 * transaction, so that the sample is also a worked example of importing a city. Announces
 * {@link SampleCityLoaded} when done.
 */
@Service
public class SampleCityLoader {

    private static final Logger log = LoggerFactory.getLogger(SampleCityLoader.class);
    private static final String SOURCE = "Welfare Intelligence synthetic sample city (not real data)";
    private static final String LICENCE = "CC0-1.0";

    /** One file of the sample and how to import it. */
    private record Step(ImportKind kind, String file, String period, Map<String, String> fields) {

        Step(ImportKind kind, String file, Map<String, String> fields) {
            this(kind, file, null, fields);
        }
    }

    private static final List<Step> STEPS = List.of(
            new Step(ImportKind.AREAS, "municipi.geojson", Map.of("level", "municipio")),
            new Step(ImportKind.AREAS, "nil.geojson", Map.of("level", "neighbourhood")),
            new Step(ImportKind.SECTIONS, "sections.geojson.gz", Map.of()),
            new Step(ImportKind.CENSUS, "census-sections.csv.gz", "2011", Map.of()),
            new Step(ImportKind.CENSUS, "census-sections-2016.csv.gz", "2016", Map.of()),
            // the latest census last: the sections' residents are those of the latest period
            new Step(ImportKind.CENSUS, "census-sections-2021.csv.gz", "2021", Map.of()),
            new Step(ImportKind.ORGANISATIONS, "organisations.csv", Map.of()),
            new Step(ImportKind.FACILITIES, "facilities.geojson", Map.of()),
            new Step(ImportKind.FACILITY_SERVICES, "facility-services.csv", Map.of()),
            new Step(ImportKind.OCCUPANCY, "occupancy.csv", Map.of()),
            new Step(ImportKind.SUPPLY_TIMELINE, "supply-timeline.csv", Map.of()));

    private final ImportService imports;
    private final TransactionTemplate transaction;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    SampleCityLoader(ImportService imports, TransactionTemplate transaction, JdbcTemplate jdbc,
                     ApplicationEventPublisher events) {
        this.imports = imports;
        this.transaction = transaction;
        this.jdbc = jdbc;
        this.events = events;
    }

    public boolean databaseIsEmpty() {
        Integer sections = jdbc.queryForObject("SELECT count(*) FROM census_section", Integer.class);
        return sections == null || sections == 0;
    }

    /** Imports every file of the sample in {@code directory}; nothing is written if one fails. */
    public void load(Path directory) {
        long start = System.nanoTime();
        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < STEPS.size(); i++) {
                Step step = STEPS.get(i);
                long stepStart = System.nanoTime();
                var report = imports.importFile(step.kind(), step.file(), read(directory.resolve(step.file())),
                        new ImportOptions(SOURCE, LICENCE, step.period(), null, true, true, "sample-city-loader",
                                step.fields()), null, null);
                log.info("Sample city {}/{}: {} — {} rows in {} ms", i + 1, STEPS.size(), step.file(),
                        report.rowsWritten(), (System.nanoTime() - stepStart) / 1_000_000);
            }
        });
        log.info("Synthetic sample city loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
        events.publishEvent(new SampleCityLoaded());
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sample city file " + file, e);
        }
    }
}
