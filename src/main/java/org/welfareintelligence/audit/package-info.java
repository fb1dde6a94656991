/**
 * Audit: an append-only record of who read or exported which restricted dataset, when and with which
 * parameters, written by one filter on every restricted path family so that no endpoint can forget it.
 */
package org.welfareintelligence.audit;
