package org.pana.store.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Retraction, restoration and erasure on a real PostgreSQL server, started from the embedded
 * binaries on Maven Central (no install, no Docker). Each test gets its own new database.
 */
class PostgresRetractionIT extends RetractionContract {

  @RegisterExtension
  static final EmbeddedPostgresServer SERVER = new EmbeddedPostgresServer("pana_retraction_");

  @Override
  DatabaseSettings freshDatabase() throws Exception {
    return SERVER.freshDatabase();
  }
}
