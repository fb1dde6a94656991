package org.welfareintelligence.ingest;

/** Row counts of one import. */
record Counts(int read, int written, int skipped, int repaired) {
}
