package org.welfareintelligence.samplecity.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Generates the synthetic sample city: a Milan-sized, Milan-shaped city with invented
 * neighbourhoods, census sections, residents and social services. The same seed and arguments
 * always give byte-identical files.
 *
 * <pre>SampleCityGenerator [output-dir] [--seed N] [--sections N]</pre>
 */
public final class SampleCityGenerator {

    static final String DEFAULT_OUTPUT = "data-samples/milano-synthetic";
    static final long DEFAULT_SEED = 20111009L;
    static final int DEFAULT_SECTIONS = 6000;

    /** Everything generated, before it is written. */
    record SampleCity(long seed, CityLayout layout, Population population, SupplyNetwork supply,
                      CensusPeriods later, SupplyTimeline timeline) {
    }

    private SampleCityGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path output = Path.of(DEFAULT_OUTPUT);
        long seed = DEFAULT_SEED;
        int sections = DEFAULT_SECTIONS;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--sections" -> sections = Integer.parseInt(args[++i]);
                default -> {
                    if (args[i].startsWith("--")) {
                        throw new IllegalArgumentException("usage: SampleCityGenerator [output-dir] [--seed N] [--sections N]");
                    }
                    output = Path.of(args[i]);
                }
            }
        }
        long start = System.nanoTime();
        SampleCity city = generate(seed, sections);
        SampleCityFiles.write(city, output);
        System.out.printf(java.util.Locale.ROOT, "%s: %d sections, %d residents, %d facilities in %.1f s%n", output,
                city.layout().sections().size(), city.population().residents(), city.supply().facilities.size(),
                (System.nanoTime() - start) / 1e9);
    }

    static SampleCity generate(long seed, int sections) {
        SplittableRandom rng = new SplittableRandom(seed);
        CityLayout layout = CityLayout.build(rng.split(), sections);
        Population population = Population.generate(layout, rng.split());
        SupplyNetwork supply = SupplyNetwork.generate(layout, population, rng.split());
        CensusPeriods later = CensusPeriods.generate(layout, population, rng.split());
        SupplyTimeline timeline = SupplyTimeline.generate(supply, rng.split());
        return new SampleCity(seed, layout, population, supply, later, timeline);
    }
}
