/**
 * Occupancy of each facility service: places in use and the waiting list as of a date. Free places are
 * places, not people, and are public; a waiting list counts people and leaves only as a {@code privacy.Count}.
 * Planners import the figures (through {@code ingest}); an organisation edits only its own facilities'.
 */
package org.welfareintelligence.occupancy;
