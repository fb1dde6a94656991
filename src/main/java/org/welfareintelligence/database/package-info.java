/**
 * How the application reaches PostgreSQL through an outage: the connection pool keeps trying to reconnect
 * every 100 ms, so that service resumes as soon as the database is back.
 */
package org.welfareintelligence.database;
