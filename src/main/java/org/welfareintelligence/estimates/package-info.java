/**
 * Estimates that vary with the territory: the census deprivation index of every section (Caranci et al. 2010) and,
 * for the flat-rate targets (a national rate × a census base), the figure per section graded by the relative risk of
 * its deprivation class and calibrated to the published city total, with an 80 % interval. Computed in the census
 * import's transaction ({@code ingest} hands over the indicators and writes the graded demand); see docs/taxonomy.md.
 */
package org.welfareintelligence.estimates;
