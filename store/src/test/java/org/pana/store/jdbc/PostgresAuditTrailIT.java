package org.pana.store.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The signed audit trail on a real PostgreSQL server, where appends are separate transactions. */
class PostgresAuditTrailIT extends AuditTrailContract {

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
    String name = "pana_audit_" + DATABASES.incrementAndGet();
    try (var connection = server.getPostgresDatabase().getConnection();
        var statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    }
    return DatabaseSettings.postgresql(
        "postgresql://postgres:postgres@localhost:" + server.getPort() + "/" + name);
  }
}
