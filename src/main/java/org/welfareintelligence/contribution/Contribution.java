package org.welfareintelligence.contribution;

import java.time.Instant;

/** A submitted file as the queue shows it (without its content). */
public record Contribution(long id, String organisation, String kind, String fileName, String note, String status,
                           String submittedBy, Instant submittedAt, String reviewedBy, Instant reviewedAt,
                           String reviewNote, Long batchId) {
}
