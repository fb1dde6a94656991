package org.welfareintelligence.audit;

import java.time.Instant;

/** One audited request: who, when, which dataset and parameters, and what the answer was. */
public record AuditEvent(Long id, Instant at, String username, String roles, String clientIp, String method,
                         String dataset, String path, String parameters, int status) {
}
