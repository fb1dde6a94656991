/** Shared spatial vocabulary: bounding boxes, map scale and the city's coordinate systems. */
package org.welfareintelligence.geo;
