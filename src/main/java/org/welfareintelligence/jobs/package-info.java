/**
 * Background jobs held in memory: the life of one job (queued, running, finished) with its progress streamed as
 * server-sent events, and the registry that keeps jobs for their time to live and shows each only to its
 * submitter and administrators. Shared by location planning and routing.
 */
package org.welfareintelligence.jobs;
