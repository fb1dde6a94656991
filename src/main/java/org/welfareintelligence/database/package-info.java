/**
 * The application's side of PostgreSQL: the connection pool keeps trying to reconnect every 100 ms through an
 * outage, so that service resumes as soon as the database is back; and the data version that validates layers.
 */
package org.welfareintelligence.database;
