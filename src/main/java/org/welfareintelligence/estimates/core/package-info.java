/**
 * The deprivation index of census sections and the estimates graded by it, as plain Java on arrays (no Spring):
 * {@link org.welfareintelligence.estimates.core.DeprivationIndex} and
 * {@link org.welfareintelligence.estimates.core.GradedEstimate}. Defined in docs/taxonomy.md.
 */
@org.springframework.modulith.NamedInterface("core")
package org.welfareintelligence.estimates.core;
