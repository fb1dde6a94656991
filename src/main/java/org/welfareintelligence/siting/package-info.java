/**
 * Location planning: "where should N new centres go, keeping today's ones?". Builds location problems from
 * the database (demand per section, candidate sites, existing facilities fixed open), runs them as
 * asynchronous jobs on the solvers of the {@code optimisation} module, and reports the gain over today as
 * JSON, GeoJSON and CSV.
 */
package org.welfareintelligence.siting;
