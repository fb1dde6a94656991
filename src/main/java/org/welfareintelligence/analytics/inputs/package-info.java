/**
 * What analyses load from PostGIS as arrays, through the disclosure releases: sections with their metric
 * position and units, a target's demand per section, the facilities of a service type. Exposed so that the
 * scenario simulator reads sections and demand the same way as the analytics.
 */
@org.springframework.modulith.NamedInterface("inputs")
package org.welfareintelligence.analytics.inputs;
