/**
 * Plain-Java accessibility, concentration, priority and equity measures on arrays: sparse travel costs,
 * floating catchments (2SFCA, E2SFCA, supply/demand ratio), nearest and n-th nearest facility, catchments
 * and their overlaps, Getis–Ord Gi* hot spots, density and location quotients, a composite need index,
 * service gaps against a benchmark and population-weighted inequality (Gini, Theil, CV, Palma, Lorenz).
 * No Spring and no database: callers pass primitive arrays indexed by their own dense ids.
 */
@org.springframework.modulith.NamedInterface("measure")
package org.welfareintelligence.analytics.measure;
