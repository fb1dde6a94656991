package org.welfareintelligence.samplecity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Whether to load the synthetic sample city into an empty database on start-up, and from where. */
@ConfigurationProperties("wi.sample-city")
public record SampleCityProperties(boolean loadOnEmpty, String directory) {
}
