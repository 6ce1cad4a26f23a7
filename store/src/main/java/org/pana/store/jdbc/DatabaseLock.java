package org.pana.store.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * One server per PostgreSQL casebook: a session-level advisory lock held on a connection of its own
 * for as long as the server runs. PostgreSQL releases it when that session ends, however it ends (a
 * clean stop, a crash, {@code kill -9}, a lost network), so it never stays stuck.
 */
public final class DatabaseLock implements AutoCloseable {

  /** The advisory lock's key: "PANA" in ASCII, the same in every Pana database. */
  private static final long KEY = 0x50414E41L;

  private final Connection connection;

  private DatabaseLock(Connection connection) {
    this.connection = connection;
  }

  /**
   * Takes the casebook's lock in a PostgreSQL database; empty when another server holds it.
   *
   * @throws IllegalStateException when the database cannot be reached
   */
  public static Optional<DatabaseLock> tryAcquire(DatabaseSettings settings) {
    if (settings.isSqlite()) {
      throw new IllegalArgumentException("SQLite casebooks are locked by their data directory.");
    }
    Connection connection = null;
    try {
      connection =
          DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
      try (PreparedStatement statement =
          connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
        statement.setLong(1, KEY);
        try (ResultSet result = statement.executeQuery()) {
          if (result.next() && result.getBoolean(1)) {
            return Optional.of(new DatabaseLock(connection));
          }
        }
      }
      connection.close();
      return Optional.empty();
    } catch (SQLException e) {
      closeQuietly(connection);
      throw new IllegalStateException(
          "Cannot reach the database " + settings.describe() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    // Ending the session releases the lock.
    closeQuietly(connection);
  }

  private static void closeQuietly(Connection connection) {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException e) {
        // the session ends with the connection either way
      }
    }
  }
}
