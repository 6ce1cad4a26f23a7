package org.pana.store.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.pana.core.audit.AuditAction;
import org.pana.core.audit.AuditChain;
import org.pana.core.audit.AuditEntry;
import org.pana.core.audit.AuditLog;
import org.pana.core.audit.ChainCheck;

/**
 * The audit log in the database. Appends read the last entry and write the next one in one
 * transaction; on PostgreSQL two concurrent appends may pick the same sequence number, so the loser
 * retries on the new last entry.
 */
public final class JdbcAuditLog implements AuditLog {

  private static final String COLUMNS =
      "sequence, recorded_at, actor, action, subject_id, previous_hash, hash";

  private final Database database;
  private final Clock clock;

  public JdbcAuditLog(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  @Override
  public AuditEntry append(String actor, AuditAction action, String subjectId) {
    return database.transactions().execute(status -> appendOnce(actor, action, subjectId));
  }

  @Override
  public ChainCheck verify() {
    // Entries are streamed in order, so a long log is checked without holding it in memory.
    try (var entries =
        database
            .jdbc()
            .sql("SELECT " + COLUMNS + " FROM audit_entry ORDER BY sequence")
            .query(JdbcAuditLog::entry)
            .stream()) {
      return AuditChain.verify(entries::iterator);
    }
  }

  @Override
  public List<AuditEntry> latest(int limit) {
    return database
        .jdbc()
        .sql("SELECT " + COLUMNS + " FROM audit_entry ORDER BY sequence DESC LIMIT ?")
        .param(limit)
        .query(JdbcAuditLog::entry)
        .list();
  }

  private AuditEntry appendOnce(String actor, AuditAction action, String subjectId) {
    if (!database.isSqlite()) {
      database.jdbc().sql("LOCK TABLE audit_entry IN SHARE ROW EXCLUSIVE MODE").update();
    }
    AuditEntry last =
        database
            .jdbc()
            .sql("SELECT " + COLUMNS + " FROM audit_entry ORDER BY sequence DESC LIMIT 1")
            .query(JdbcAuditLog::entry)
            .optional()
            .orElse(null);
    AuditEntry next =
        AuditChain.next(last, Instant.ofEpochMilli(clock.millis()), actor, action, subjectId);
    database
        .jdbc()
        .sql("INSERT INTO audit_entry (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)")
        .params(
            next.sequence(),
            next.recordedAt().toEpochMilli(),
            next.actor(),
            next.action().name(),
            next.subjectId(),
            next.previousHash(),
            next.hash())
        .update();
    return next;
  }

  private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
    return new AuditEntry(
        rs.getLong("sequence"),
        Instant.ofEpochMilli(rs.getLong("recorded_at")),
        rs.getString("actor"),
        AuditAction.valueOf(rs.getString("action")),
        rs.getString("subject_id"),
        rs.getString("previous_hash"),
        rs.getString("hash"));
  }
}
