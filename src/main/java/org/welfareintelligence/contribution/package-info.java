/**
 * Third-party contributions: organisations submit their own supply or demand files, which wait in a
 * review queue and become shared data (imported through {@code ingest}) only once a planner approves.
 */
package org.welfareintelligence.contribution;
