package org.pana.store.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The record store contract on a real PostgreSQL server, started from the embedded binaries on
 * Maven Central (no install, no Docker). Each test gets its own new database.
 */
class PostgresRecordStoreIT extends RecordStoreContract {

  @RegisterExtension
  static final EmbeddedPostgresServer SERVER = new EmbeddedPostgresServer("pana_test_");

  @Override
  DatabaseSettings freshDatabase() throws Exception {
    return SERVER.freshDatabase();
  }
}
