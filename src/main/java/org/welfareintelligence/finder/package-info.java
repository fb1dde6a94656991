/**
 * The public service finder: from an address or a point on the map to the nearest facilities offering
 * a chosen service, with distance and status. Public facility data only; no account needed.
 */
package org.welfareintelligence.finder;
