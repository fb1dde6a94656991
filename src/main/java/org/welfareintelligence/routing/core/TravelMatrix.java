package org.welfareintelligence.routing.core;

/**
 * Travel between places 0..size-1: distance (cost unit, e.g. metres) and time (the problem's time unit,
 * e.g. seconds). Pluggable so that a road-network cost table can replace straight lines.
 */
public interface TravelMatrix {

    int size();

    long distance(int from, int to);

    long time(int from, int to);
}
