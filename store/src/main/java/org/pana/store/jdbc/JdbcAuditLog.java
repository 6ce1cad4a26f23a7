package org.pana.store.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.pana.core.audit.AuditAction;
import org.pana.core.audit.AuditChain;
import org.pana.core.audit.AuditCheckpoint;
import org.pana.core.audit.AuditEntry;
import org.pana.core.audit.AuditLog;
import org.pana.core.audit.AuditQuery;
import org.pana.core.audit.ChainCheck;
import org.pana.core.audit.CheckpointSignatures;

/**
 * The audit log in the database. Appends read the last entry and write the next one in one
 * transaction; on PostgreSQL two concurrent appends may pick the same sequence number, so the loser
 * retries on the new last entry.
 */
public final class JdbcAuditLog implements AuditLog {

  private static final String COLUMNS =
      "sequence, recorded_at, actor, action, subject_id, previous_hash, hash";

  /** A checkpoint is signed every this many entries (and at every lock, logout and shutdown). */
  static final int CHECKPOINT_INTERVAL = 100;

  private final Database database;
  private final Clock clock;
  private final CheckpointSignatures signatures;
  private final GroupCommit<Appends> grouped =
      new GroupCommit<>(this::appendInOneTransaction, "pana-audit-writer");

  /** A log without signed checkpoints. */
  public JdbcAuditLog(Database database, Clock clock) {
    this(database, clock, CheckpointSignatures.none());
  }

  public JdbcAuditLog(Database database, Clock clock, CheckpointSignatures signatures) {
    this.database = database;
    this.clock = clock;
    this.signatures = signatures;
  }

  @Override
  public AuditEntry append(String actor, AuditAction action, String subjectId) {
    return database.transactions().execute(status -> appendOnce(actor, action, subjectId));
  }

  @Override
  public void appendAll(String actor, AuditAction action, List<String> subjectIds) {
    if (subjectIds.isEmpty()) {
      return;
    }
    database
        .transactions()
        .executeWithoutResult(
            status -> subjectIds.forEach(subject -> appendOnce(actor, action, subject)));
  }

  @Override
  public void appendGrouped(String actor, AuditAction action, List<String> subjectIds) {
    if (!subjectIds.isEmpty()) {
      grouped.submit(new Appends(actor, action, List.copyOf(subjectIds)));
    }
  }

  /** Entries one caller appends together. */
  private record Appends(String actor, AuditAction action, List<String> subjectIds) {}

  @Override
  public ChainCheck verify() {
    // The checkpoints first: streaming the entries holds a connection until the end.
    List<AuditCheckpoint> checkpoints =
        database
            .jdbc()
            .sql(
                "SELECT sequence, hash, signed_at, signature FROM audit_checkpoint ORDER BY sequence")
            .query(
                (rs, row) ->
                    new AuditCheckpoint(
                        rs.getLong("sequence"),
                        rs.getString("hash"),
                        Instant.ofEpochMilli(rs.getLong("signed_at")),
                        rs.getString("signature")))
            .list();
    // Entries are streamed in order, so a long log is checked without holding it in memory.
    try (var entries =
        database
            .jdbc()
            .sql("SELECT " + COLUMNS + " FROM audit_entry ORDER BY sequence")
            .query(JdbcAuditLog::entry)
            .stream()) {
      return AuditChain.verify(entries::iterator, checkpoints, signatures);
    }
  }

  @Override
  public List<AuditEntry> search(AuditQuery query) {
    StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM audit_entry WHERE 1 = 1");
    List<Object> params = new ArrayList<>();
    if (query.actor() != null) {
      sql.append(" AND actor = ?");
      params.add(query.actor());
    }
    if (query.action() != null) {
      sql.append(" AND action = ?");
      params.add(query.action().name());
    }
    if (query.subjectId() != null) {
      sql.append(" AND subject_id = ?");
      params.add(query.subjectId());
    }
    if (query.from() != null) {
      sql.append(" AND recorded_at >= ?");
      params.add(query.from().toEpochMilli());
    }
    if (query.until() != null) {
      sql.append(" AND recorded_at < ?");
      params.add(query.until().toEpochMilli());
    }
    sql.append(" ORDER BY sequence DESC LIMIT ? OFFSET ?");
    params.add(query.limit());
    params.add(query.offset());
    return database
        .jdbc()
        .sql(sql.toString())
        .params(params.toArray())
        .query(JdbcAuditLog::entry)
        .list();
  }

  @Override
  public Optional<AuditCheckpoint> checkpoint() {
    return database
        .transactions()
        .execute(
            status -> {
              if (!database.isSqlite()) {
                database.jdbc().sql("LOCK TABLE audit_entry IN SHARE ROW EXCLUSIVE MODE").update();
              }
              return last().flatMap(this::sign);
            });
  }

  private Optional<AuditEntry> last() {
    return database
        .jdbc()
        .sql("SELECT " + COLUMNS + " FROM audit_entry ORDER BY sequence DESC LIMIT 1")
        .query(JdbcAuditLog::entry)
        .optional();
  }

  private Optional<AuditCheckpoint> sign(AuditEntry entry) {
    Instant now = Instant.ofEpochMilli(clock.millis());
    boolean done =
        database
                .jdbc()
                .sql("SELECT COUNT(*) FROM audit_checkpoint WHERE sequence = ?")
                .param(entry.sequence())
                .query(Long.class)
                .single()
            > 0;
    if (done) {
      return Optional.empty();
    }
    return signatures
        .sign(AuditCheckpoint.signedBytes(entry.sequence(), entry.hash(), now))
        .map(
            signature -> {
              AuditCheckpoint checkpoint =
                  new AuditCheckpoint(
                      entry.sequence(),
                      entry.hash(),
                      now,
                      Base64.getEncoder().encodeToString(signature));
              database
                  .jdbc()
                  .sql(
                      "INSERT INTO audit_checkpoint (sequence, hash, signed_at, signature)"
                          + " VALUES (?, ?, ?, ?)")
                  .params(
                      checkpoint.sequence(),
                      checkpoint.hash(),
                      now.toEpochMilli(),
                      checkpoint.signature())
                  .update();
              return checkpoint;
            });
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

  private void appendInOneTransaction(List<Appends> all) {
    database
        .transactions()
        .executeWithoutResult(
            status ->
                all.forEach(
                    appends ->
                        appends
                            .subjectIds()
                            .forEach(
                                subject ->
                                    appendOnce(appends.actor(), appends.action(), subject))));
  }

  private AuditEntry appendOnce(String actor, AuditAction action, String subjectId) {
    if (!database.isSqlite()) {
      database.jdbc().sql("LOCK TABLE audit_entry IN SHARE ROW EXCLUSIVE MODE").update();
    }
    AuditEntry last = last().orElse(null);
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
    if (next.sequence() % CHECKPOINT_INTERVAL == 0) {
      sign(next);
    }
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
