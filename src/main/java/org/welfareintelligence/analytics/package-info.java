/**
 * Spatial analytics over demand and supply: accessibility (supply/demand ratio, 2SFCA, E2SFCA, nearest),
 * catchments and their overlaps, over- and under-served areas against a benchmark, concentration and hot
 * spots, priority ranking, district comparison and equity. The measures themselves are plain Java in
 * {@code measure}; the sub-packages here load their inputs from PostGIS, apply disclosure control and
 * answer under {@code /api/analytics}.
 */
package org.welfareintelligence.analytics;
