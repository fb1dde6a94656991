/**
 * Background jobs in PostgreSQL (table {@code job}, Flyway V94), shared by every node: submitted on one node, any
 * node's workers claim them ({@code FOR UPDATE SKIP LOCKED}) within their bounded pool, run them under a lease
 * they renew with the progress, and keep the result as JSON for its time to live; followed by GET and
 * server-sent events on any node, shown only to the submitter and administrators. Used by location planning
 * and routing.
 */
package org.welfareintelligence.jobs;
