package org.pana.store.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real PostgreSQL server for the tests of one class, started from the embedded binaries on Maven
 * Central (no install, no Docker) before its first test and stopped after its last. Register it on
 * a static field with {@code @RegisterExtension}; each {@link #freshDatabase()} is a new, empty
 * database on it, so that every test starts clean.
 */
final class EmbeddedPostgresServer implements BeforeAllCallback, AfterAllCallback {

  private final String prefix;
  private final AtomicInteger databases = new AtomicInteger();
  private EmbeddedPostgres server;

  /** A server whose databases are named {@code prefix} and a number, e.g. {@code pana_test_1}. */
  EmbeddedPostgresServer(String prefix) {
    this.prefix = prefix;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    server = EmbeddedPostgres.builder().start();
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    server.close();
  }

  /** Creates a new database on the server and says how to reach it. */
  DatabaseSettings freshDatabase() throws Exception {
    String name = prefix + databases.incrementAndGet();
    try (var connection = server.getPostgresDatabase().getConnection();
        var statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    }
    return DatabaseSettings.postgresql(
        "postgresql://postgres:postgres@localhost:" + server.getPort() + "/" + name);
  }
}
