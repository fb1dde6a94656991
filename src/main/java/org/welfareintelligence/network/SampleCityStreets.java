package org.welfareintelligence.network;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.welfareintelligence.ingest.format.FeatureSource;
import org.welfareintelligence.ingest.format.ShapefileReader;
import org.welfareintelligence.samplecity.SampleCityLoaded;

/**
 * The synthetic sample city lies on Milan's real footprint, so when Milan's street lines are at hand they are
 * loaded with it and the travel costs along them computed — in the background, so that start-up does not wait.
 */
@Component
class SampleCityStreets {

    private static final Logger log = LoggerFactory.getLogger(SampleCityStreets.class);

    private final StreetNetworkImporter importer;
    private final StreetCosts costs;
    private final NetworkProperties properties;

    SampleCityStreets(StreetNetworkImporter importer, StreetCosts costs, NetworkProperties properties) {
        this.importer = importer;
        this.costs = costs;
        this.properties = properties;
    }

    @EventListener(SampleCityLoaded.class)
    void sampleCityLoaded() {
        if (!properties.loadWithSampleCity() || properties.sampleCityStreets() == null) {
            return;
        }
        Path file = Path.of(properties.sampleCityStreets());
        if (!Files.isRegularFile(file)) {
            log.info("No street network for the sample city at {}: analyses use straight lines",
                    file.toAbsolutePath());
            return;
        }
        Thread loader = new Thread(() -> {
            try {
                load(file);
            } catch (RuntimeException e) {
                log.warn("The sample city's street network could not be loaded from {}", file.toAbsolutePath(), e);
            }
        }, "sample-city-streets");
        loader.setDaemon(true);
        loader.start();
    }

    /** Imports the street lines of {@code file} (longitude/latitude unless it says otherwise), then computes the costs. */
    StreetCosts.Report load(Path file) {
        long start = System.nanoTime();
        String name = file.getFileName().toString();
        String source = "OpenStreetMap street lines " + name;
        StreetNetworkImporter.Report network;
        if (name.toLowerCase(Locale.ROOT).endsWith(".shp")) {
            FeatureSource lines = new ShapefileReader().read(file.getParent(), name.substring(0, name.length() - 4), false);
            network = importer.importLines(lines, lines.srid() == null ? 4326 : null, source, "sample-city-loader", false);
        } else {
            network = importer.importFile(name, read(file), null, source, "sample-city-loader", false);
        }
        log.info("Street network for the sample city: {} nodes, {} edges, {} km kept; dropped {} edges ({} km) "
                        + "outside the largest of {} pieces, in {} ms", network.nodes(), network.edges(),
                Math.round(network.kilometres()), network.droppedEdges(), Math.round(network.droppedKilometres()),
                network.components(), (System.nanoTime() - start) / 1_000_000);
        return costs.recompute("sample-city-loader");
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
