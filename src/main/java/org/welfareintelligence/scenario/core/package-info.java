/**
 * The simulation engine, plain Java on primitive arrays with no Spring and no database: places in force per
 * year from centre changes and logistic ramp-up, capacity-respecting assignment of demand by increasing travel
 * cost, per-year load, waiting, accessibility and equity, saturation years, the diff against a baseline and the
 * impact summary. The rules are in docs/scenarios.md.
 */
package org.welfareintelligence.scenario.core;
