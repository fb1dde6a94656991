/**
 * The what-if simulator: saved scenarios of openings, closures, resizes, service mix changes and demand changes
 * over a horizon of years, simulated year by year against the baseline (today's supply in force, the same demand
 * path) as an asynchronous job, and the order of their changes within a yearly budget. {@code core} is the engine,
 * plain Java on arrays (see docs/scenarios.md).
 */
package org.welfareintelligence.scenario;
