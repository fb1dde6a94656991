package org.welfareintelligence.occupancy;

/** New figures for one facility service: places in use, people waiting, and the date (YYYY-MM-DD, default today). */
public record OccupancyUpdate(Integer inUse, Integer waiting, String asOf) {
}
