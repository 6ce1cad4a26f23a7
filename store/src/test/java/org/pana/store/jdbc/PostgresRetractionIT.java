package org.pana.store.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Retraction, restoration and erasure on a real PostgreSQL server, started from the embedded
 * binaries on Maven Central (no install, no Docker). Each test gets its own new database.
 */
class PostgresRetractionIT extends RetractionContract {

  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static EmbeddedPostgres server;

  @BeforeAll
  static void startServer() throws IOException {
    server = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  static void stopServer() throws IOException {
    server.close();
  }

  @Override
  DatabaseSettings freshDatabase() throws Exception {
    String name = "pana_retraction_" + DATABASES.incrementAndGet();
    try (var connection = server.getPostgresDatabase().getConnection();
        var statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    }
    return DatabaseSettings.postgresql(
        "postgresql://postgres:postgres@localhost:" + server.getPort() + "/" + name);
  }
}
