package org.welfareintelligence.ingest;

import java.util.List;

/** What one import did: the batch it wrote and its counts and warnings (e.g. repaired geometries). */
public record ImportReport(long batchId, ImportKind kind, String file, int rowsRead, int rowsWritten,
                           int rowsSkipped, int geometriesRepaired, List<String> warnings) {
}
