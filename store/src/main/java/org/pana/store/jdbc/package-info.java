/**
 * The JDBC adapter: {@link org.pana.store.jdbc.Database} (SQLite or PostgreSQL, migrated by Flyway)
 * and {@link org.pana.store.jdbc.JdbcRecordStore}, the revisioned record store.
 */
package org.pana.store.jdbc;
