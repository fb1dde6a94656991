/**
 * The what-if simulator: saved scenarios of openings, closures, resizes and demand changes over a horizon of
 * years, simulated year by year against the baseline (today's supply in force, the same demand path) as an
 * asynchronous job. {@code core} is the engine, plain Java on arrays (see docs/scenarios.md).
 */
package org.welfareintelligence.scenario;
