package org.pana.store.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The signed audit trail on a real PostgreSQL server, where appends are separate transactions. */
class PostgresAuditTrailIT extends AuditTrailContract {

  @RegisterExtension
  static final EmbeddedPostgresServer SERVER = new EmbeddedPostgresServer("pana_audit_");

  @Override
  DatabaseSettings freshDatabase() throws Exception {
    return SERVER.freshDatabase();
  }
}
