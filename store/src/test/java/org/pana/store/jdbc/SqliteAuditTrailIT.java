package org.pana.store.jdbc;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The signed audit trail on an SQLite file. */
class SqliteAuditTrailIT extends AuditTrailContract {

  @TempDir Path databaseDir;

  @Override
  DatabaseSettings freshDatabase() {
    return DatabaseSettings.sqlite(databaseDir.resolve("pana.db"));
  }
}
