package org.welfareintelligence.siting;

import org.welfareintelligence.optimisation.CostMatrix;

/**
 * Travel between demand points and sites as the solvers see it: capped at the cutoff, beyond which a person
 * counts as unserved whatever the exact travel. {@link #distance} is what reports show.
 */
interface AccessCosts extends CostMatrix {

    /** Travel from a demand point to a site in {@link #unit()}, not capped where it is known. */
    double distance(int point, int site);

    /** Travel at or beyond which a person counts as unserved. */
    double cutoff();

    /** "m" (metres) or "min" (minutes). */
    String unit();
}
