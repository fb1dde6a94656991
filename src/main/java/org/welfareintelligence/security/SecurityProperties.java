package org.welfareintelligence.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The built-in administrator account (runs imports). */
@ConfigurationProperties("wi.security")
public record SecurityProperties(String adminUser, String adminPassword) {
}
