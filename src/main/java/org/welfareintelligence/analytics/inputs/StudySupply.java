package org.welfareintelligence.analytics.inputs;

/**
 * The open facilities offering one service type, as parallel arrays: position in the metric CRS and in
 * EPSG:4326, capacity in places (0 when unknown) and staff (NaN when unknown).
 */
public record StudySupply(String serviceType, long[] id, String[] code, String[] name, double[] x, double[] y,
                          double[] lon, double[] lat, double[] capacity, double[] staffFte, long[] sectionId) {

    public int size() {
        return id.length;
    }

    /** Staff per place over the facilities that report both, or NaN when none does. */
    public double staffPerPlace() {
        double staff = 0;
        double places = 0;
        for (int j = 0; j < size(); j++) {
            if (!Double.isNaN(staffFte[j]) && capacity[j] > 0) {
                staff += staffFte[j];
                places += capacity[j];
            }
        }
        return places > 0 ? staff / places : Double.NaN;
    }
}
