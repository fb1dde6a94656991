package org.welfareintelligence.analytics.catchment;

import org.welfareintelligence.analytics.inputs.StudySections;
import org.welfareintelligence.analytics.inputs.StudySupply;
import org.welfareintelligence.analytics.measure.Catchments;
import org.welfareintelligence.analytics.measure.Overlaps;

/**
 * Each section allocated to its nearest centre within the cutoff (its catchment), and how the centres'
 * reach overlaps. {@code demand} is the target's, {@code bandUpperBounds} the distance bands reported.
 */
public record CatchmentAnalysis(StudySections sections, StudySupply supply, double[] demand, String unit,
                                double cutoff, double[] bandUpperBounds, Catchments catchments, Overlaps overlaps) {

    /** Σ of the section values over each centre's catchment. */
    public double[] sumByCentre(double[] sectionValues) {
        double[] sums = new double[supply.size()];
        int[] assignment = catchments.assignment();
        for (int i = 0; i < assignment.length; i++) {
            if (assignment[i] >= 0) {
                sums[assignment[i]] += sectionValues[i];
            }
        }
        return sums;
    }
}
