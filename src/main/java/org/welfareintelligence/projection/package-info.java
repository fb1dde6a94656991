/**
 * Demand projection: series of values per area (irregular years allowed) projected to future years with an
 * 80 % interval calibrated on backtest errors, by a constant, a damped trend, each area's share of the city's
 * growth or the ageing of census age bands; children reconciled to their parents. The methods are plain Java
 * in {@code core}; {@code POST /api/projections/raw} computes on the caller's uploaded series alone.
 */
package org.welfareintelligence.projection;
