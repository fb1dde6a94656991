package org.welfareintelligence.occupancy;

/**
 * The free-places rule, plain Java: free = places − in use, never negative. An over-full service (more in use
 * than its places) shows 0 free, and the people beyond its places are shown on its waiting list.
 */
public final class FreePlaces {

    private FreePlaces() {
    }

    /** Free places, or -1 when the service declares no capacity (nothing can be said). */
    public static int free(int places, int inUse) {
        return places < 0 ? -1 : Math.max(0, places - inUse);
    }

    /** The waiting list as shown: those waiting plus those in use beyond the places. */
    public static int waiting(int places, int inUse, int waiting) {
        return places < 0 ? waiting : waiting + Math.max(0, inUse - places);
    }
}
