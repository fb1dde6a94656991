/**
 * Demand projection as plain Java on arrays (no Spring): methods, rolling-origin errors and 80 % intervals,
 * backtests, cohort ageing and reconciliation. Exposed so that the scenario simulator projects demand with it.
 */
@org.springframework.modulith.NamedInterface("core")
package org.welfareintelligence.projection.core;
