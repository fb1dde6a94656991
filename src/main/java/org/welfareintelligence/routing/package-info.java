/**
 * Schedules and routes of home visits and deliveries: which operator visits whom, in which order and when,
 * within time windows, shifts, breaks, skills and capacity. The solver is plain Java in {@code routing.core}.
 */
package org.welfareintelligence.routing;
