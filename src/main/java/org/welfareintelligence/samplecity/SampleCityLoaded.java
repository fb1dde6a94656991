package org.welfareintelligence.samplecity;

/** Published after the synthetic sample city has been imported, so that other modules can add demo material. */
public record SampleCityLoaded() {
}
