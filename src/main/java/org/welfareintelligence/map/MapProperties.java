package org.welfareintelligence.map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Optional online base map; without it the map shows the city's own boundaries only and works offline. */
@ConfigurationProperties("wi.map")
public record MapProperties(String baseMapUrl, String baseMapAttribution) {
}
