/**
 * The foundation workspace: districts compared side by side on the needs a call addresses, ranked by a
 * transparent weighted index whose every score is decomposed into its targets' contributions, and saved as
 * the priority set of a call.
 */
package org.welfareintelligence.foundation;
