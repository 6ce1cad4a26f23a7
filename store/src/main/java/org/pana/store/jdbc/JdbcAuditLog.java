package org.pana.store.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.pana.core.audit.AuditAction;
import org.pana.core.audit.AuditChain;
import org.pana.core.audit.AuditCheckpoint;
import org.pana.core.audit.AuditEntry;
import org.pana.core.audit.AuditLog;
import org.pana.core.audit.AuditQuery;
import org.pana.core.audit.ChainCheck;
import org.pana.core.audit.CheckpointSignatures;
import org.pana.core.audit.ExportedHead;
import org.pana.core.audit.HeadCopy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The audit log in the database. Appends read the last entry and write the next ones in one
 * transaction; on PostgreSQL two concurrent appends may pick the same sequence number, so the loser
 * retries on the new last entry.
 *
 * <p>Signing ({@link AuditSigning}): every {@link #CHECKPOINT_INTERVAL} entries and at every {@link
 * #checkpoint()} the newest entry gets a signed checkpoint row, and the signed head kept outside
 * the database moves to it, unless the trail lost what was signed before.
 */
public final class JdbcAuditLog implements AuditLog {

  private static final String COLUMNS =
      "sequence, recorded_at, actor, action, subject_id, previous_hash, hash";

  /** A checkpoint is signed every this many entries (and at every lock, logout and shutdown). */
  static final int CHECKPOINT_INTERVAL = AuditSigning.INTERVAL;

  private final Database database;
  private final Clock clock;
  private final CheckpointSignatures signatures;
  private final GroupCommit<Appends> grouped =
      new GroupCommit<>(this::appendInOneTransaction, "pana-audit-writer");
  private final HeadCopy heads;
  private final AuditSigning signing;
  private final JdbcTemplate batches;

  /** A log without signed checkpoints. */
  public JdbcAuditLog(Database database, Clock clock) {
    this(database, clock, CheckpointSignatures.none());
  }

  /** A log with signed checkpoints but no head kept outside the database. */
  public JdbcAuditLog(Database database, Clock clock, CheckpointSignatures signatures) {
    this(database, clock, signatures, HeadCopy.none());
  }

  public JdbcAuditLog(
      Database database, Clock clock, CheckpointSignatures signatures, HeadCopy heads) {
    this.database = database;
    this.clock = clock;
    this.signatures = signatures;
    this.heads = heads;
    this.signing = new AuditSigning(database, clock, signatures, heads);
    this.batches = new JdbcTemplate(database.dataSource());
  }

  @Override
  public AuditEntry append(String actor, AuditAction action, String subjectId) {
    return database
        .transactions()
        .execute(
            status ->
                // an entry may have no subject (a failed login); it is the last one appended
                appendWithWaiting(
                    new Appends(actor, action, java.util.Collections.singletonList(subjectId))))
        .getLast();
  }

  @Override
  public void appendAll(String actor, AuditAction action, List<String> subjectIds) {
    if (subjectIds.isEmpty()) {
      return;
    }
    database
        .transactions()
        .executeWithoutResult(status -> appendWithWaiting(new Appends(actor, action, subjectIds)));
  }

  /**
   * Appends {@code own} in the transaction under way, after the grouped entries waiting for the
   * audit writer's turn (reads, mostly): they ride along with this transaction and their callers go
   * on when it commits, or wait for the next transaction if it does not. Under a write load, reads
   * then wait for the next commit, not for the writer's turn behind every write queued.
   */
  private List<AuditEntry> appendWithWaiting(Appends own) {
    List<GroupCommit.Part<Appends>> riders = grouped.takeWaiting();
    if (riders.isEmpty()) {
      return appendEach(List.of(own));
    }
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCompletion(int status) {
            if (status == STATUS_COMMITTED) {
              database.afterDurable(() -> grouped.written(riders));
            } else {
              grouped.unwritten(riders);
            }
          }
        });
    List<Appends> all = new ArrayList<>();
    riders.forEach(rider -> all.add(rider.value()));
    all.add(own);
    return appendEach(all);
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
  public ChainCheck verify(Optional<ExportedHead> exported) {
    // The checkpoints first: streaming the entries holds a connection until the end.
    List<AuditCheckpoint> checkpoints = signing.rows();
    // Entries are streamed in order, so a long log is checked without holding it in memory.
    try (var entries =
        database
            .jdbc()
            .sql("SELECT " + COLUMNS + " FROM audit_entry ORDER BY sequence")
            .query(JdbcAuditLog::entry)
            .stream()) {
      return AuditChain.verify(entries::iterator, checkpoints, signatures, heads, exported);
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
              lockForAppends();
              return last().flatMap(signing::checkpoint);
            });
  }

  @Override
  public void beginSignedHead() {
    signing.beginSignedHead();
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

  private void appendInOneTransaction(Supplier<List<Appends>> all) {
    database.transactions().executeWithoutResult(status -> appendEach(all.get()));
  }

  /** The grouped appends: what waits for the audit writer (for tests). */
  GroupCommit<?> grouped() {
    return grouped;
  }

  /** The signed checkpoint rows, in sequence order. */
  List<AuditCheckpoint> checkpointRows() {
    return signing.rows();
  }

  /**
   * Chains an entry for each subject of each of {@code all} after the last one, in the transaction
   * under way: the last entry is read once and the new ones are inserted in one batch.
   */
  private List<AuditEntry> appendEach(List<Appends> all) {
    lockForAppends();
    AuditEntry last = last().orElse(null);
    List<AuditEntry> entries = new ArrayList<>();
    List<Object[]> rows = new ArrayList<>();
    for (Appends appends : all) {
      for (String subject : appends.subjectIds()) {
        AuditEntry next =
            AuditChain.next(
                last,
                Instant.ofEpochMilli(clock.millis()),
                appends.actor(),
                appends.action(),
                subject);
        entries.add(next);
        rows.add(
            new Object[] {
              next.sequence(),
              next.recordedAt().toEpochMilli(),
              next.actor(),
              next.action().name(),
              next.subjectId(),
              next.previousHash(),
              next.hash()
            });
        last = next;
      }
    }
    batches.batchUpdate(
        "INSERT INTO audit_entry (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)", rows);
    entries.forEach(signing::appended);
    return entries;
  }

  private void lockForAppends() {
    if (!database.isSqlite()) {
      database.jdbc().sql("LOCK TABLE audit_entry IN SHARE ROW EXCLUSIVE MODE").update();
    }
  }

  private Optional<AuditEntry> last() {
    return database
        .jdbc()
        .sql("SELECT " + COLUMNS + " FROM audit_entry ORDER BY sequence DESC LIMIT 1")
        .query(JdbcAuditLog::entry)
        .optional();
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
