package org.welfareintelligence.siting;

/**
 * A location problem read from the database, as plain arrays: demand points (section centroids) with each
 * target's demand, and sites (existing facilities first, then candidates), all in the city's metric CRS.
 *
 * @param targets        target codes, in request order
 * @param targetWeights  weight of one person of each target
 * @param periods        demand period used for each target
 * @param demand         {@code demand[t][i]}: people (or families) of target t at demand point i
 * @param unlocated      demand of each target in sections without a location (ISTAT placeholders), left out
 * @param points         demand points: section codes and centroids
 * @param sites          existing facilities (the first {@code existingCount}) then candidate sites
 * @param existingCount  how many sites are existing facilities, kept open
 * @param capacity       places of each existing facility's service ({@code -1} when unknown); candidates have none
 * @param municipio      index of each demand point's municipio (groups for the Theil decomposition), -1 if none
 */
record SitingInstance(
        String[] targets,
        double[] targetWeights,
        String[] periods,
        double[][] demand,
        double[] unlocated,
        Places points,
        Places sites,
        int existingCount,
        int[] capacity,
        int[] municipio) {

    /** Named places: codes, display names, longitude/latitude (EPSG:4326) and x/y in metres (metric CRS). */
    record Places(String[] codes, String[] names, double[] lon, double[] lat, double[] x, double[] y) {

        int size() {
            return codes.length;
        }
    }

    int pointCount() {
        return points.size();
    }

    int siteCount() {
        return sites.size();
    }

    int candidateCount() {
        return sites.size() - existingCount;
    }

    boolean isExisting(int site) {
        return site < existingCount;
    }

    /** Weighted demand of each point: the sum over targets of weight times demand. */
    double[] weightedDemand() {
        double[] weighted = new double[pointCount()];
        for (int t = 0; t < targets.length; t++) {
            for (int i = 0; i < weighted.length; i++) {
                weighted[i] += targetWeights[t] * demand[t][i];
            }
        }
        return weighted;
    }
}
