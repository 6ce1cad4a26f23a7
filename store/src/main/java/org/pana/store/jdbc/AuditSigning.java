package org.pana.store.jdbc;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.pana.core.audit.AuditCheckpoint;
import org.pana.core.audit.AuditEntry;
import org.pana.core.audit.AuditHead;
import org.pana.core.audit.CheckpointSignatures;
import org.pana.core.audit.HeadCopy;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Signs the audit trail: checkpoint rows in the database, and the head kept outside it. The head
 * moves only while the trail still holds what was signed before (the kept head, and the newest
 * entry this process wrote), so that signing after a login never covers up entries cut off or
 * rewritten in the meantime: the old head stays as the evidence. Runs inside the transactions of
 * {@link JdbcAuditLog}, which holds the trail's write lock; files are written after they commit.
 */
final class AuditSigning {

  /** A checkpoint is signed every this many entries (and at every lock, logout and shutdown). */
  static final int INTERVAL = 100;

  private static final byte[] PROBE = "pana-audit-probe".getBytes(StandardCharsets.UTF_8);

  private final Database database;
  private final Clock clock;
  private final CheckpointSignatures signatures;
  private final HeadCopy heads;

  /** The newest entry this process wrote and saw committed: what a checkpoint must still find. */
  private final AtomicReference<AuditEntry> written = new AtomicReference<>();

  /** A new vault or a restored backup: the next checkpoint starts the head afresh. */
  private final AtomicBoolean fresh = new AtomicBoolean();

  /** Whether the checkpoints of an older Pana were looked at (and re-signed) in this process. */
  private final AtomicBoolean olderCheckpointsSeen = new AtomicBoolean();

  /** The trail was last signed by a Pana that kept no head: its first head may start anywhere. */
  private volatile boolean olderPana;

  AuditSigning(Database database, Clock clock, CheckpointSignatures signatures, HeadCopy heads) {
    this.database = database;
    this.clock = clock;
    this.signatures = signatures;
    this.heads = heads;
  }

  /** After {@code entry} was inserted: remembered once committed; signed at the interval. */
  void appended(AuditEntry entry) {
    afterCommit(() -> written.accumulateAndGet(entry, AuditSigning::newer));
    if (entry.sequence() % INTERVAL == 0 && canSign()) {
      resignOlderCheckpoints();
      signRow(entry);
      if (heads.kept() && headMayMoveTo(entry)) {
        AuditHead head = signHead(entry);
        // the head may name only entries that are on the disk (a power cut must not leave it
        // ahead of the trail, which would read as entries cut off)
        afterCommit(
            () ->
                database.afterDurable(
                    () -> {
                      try {
                        heads.write(head, false);
                      } catch (RuntimeException e) {
                        // The entry is stored; the head catches up at the next checkpoint.
                      }
                    }));
      }
    }
  }

  /** Signs {@code last}, the newest entry, and moves the head to it when the trail allows. */
  Optional<AuditCheckpoint> checkpoint(AuditEntry last) {
    if (!canSign()) {
      return Optional.empty();
    }
    resignOlderCheckpoints();
    AuditEntry mine = written.get();
    if (mine != null && !holds(mine.sequence(), mine.hash())) {
      // Cut off or rewritten since this process wrote it: what it wrote is signed instead, as the
      // evidence, and the trail as it is now is not.
      Optional<AuditCheckpoint> evidence = signRow(mine);
      moveHeadAfterCommit(mine, false);
      return evidence;
    }
    Optional<AuditCheckpoint> signed = signRow(last);
    boolean startAfresh = fresh.get();
    if (startAfresh || headMayMoveTo(last)) {
      moveHeadAfterCommit(last, startAfresh);
    }
    return signed;
  }

  void beginSignedHead() {
    written.set(null);
    fresh.set(true);
  }

  /** Every checkpoint row, in sequence order. */
  List<AuditCheckpoint> rows() {
    return database
        .jdbc()
        .sql("SELECT sequence, hash, signed_at, signature FROM audit_checkpoint ORDER BY sequence")
        .query(AuditSigning::row)
        .list();
  }

  /** Whether the signing key is open (a probe signature; the vault gives no other way to ask). */
  private boolean canSign() {
    return signatures.sign(PROBE).isPresent();
  }

  /** Whether the trail still holds entry {@code sequence} with {@code hash}. */
  private boolean holds(long sequence, String hash) {
    return database
        .jdbc()
        .sql("SELECT hash FROM audit_entry WHERE sequence = ?")
        .param(sequence)
        .query(String.class)
        .optional()
        .map(hash::equals)
        .orElse(false);
  }

  /**
   * Whether the kept head may move to {@code entry}: the trail still holds the entry it names (and
   * what this process wrote), or there is none yet where a Pana without heads signed last.
   */
  private boolean headMayMoveTo(AuditEntry entry) {
    AuditEntry mine = written.get();
    if (mine != null && !holds(mine.sequence(), mine.hash())) {
      return false;
    }
    Optional<AuditHead> kept = heads.read();
    if (kept.isEmpty()) {
      return fresh.get() || olderPana;
    }
    AuditHead head = kept.get();
    return head.sequence() <= entry.sequence()
        && signatures.verify(head.signedBytes(), decode(head.signature()))
        && holds(head.sequence(), head.hash());
  }

  private void moveHeadAfterCommit(AuditEntry entry, boolean startAfresh) {
    if (!heads.kept()) {
      return;
    }
    AuditHead head = signHead(entry);
    afterCommit(
        () ->
            database.afterDurable(
                () -> {
                  heads.write(head, startAfresh);
                  if (startAfresh) {
                    fresh.set(false);
                  }
                }));
  }

  private AuditHead signHead(AuditEntry entry) {
    Instant now = Instant.ofEpochMilli(clock.millis());
    byte[] signature =
        signatures
            .sign(AuditHead.signedBytes(entry.sequence(), entry.hash(), now))
            .orElseThrow(() -> new IllegalStateException("The signing key was locked away."));
    return new AuditHead(
        entry.sequence(), entry.hash(), now, Base64.getEncoder().encodeToString(signature));
  }

  /** The checkpoint row for {@code entry}: the one there is, or a new one. */
  private Optional<AuditCheckpoint> signRow(AuditEntry entry) {
    Optional<AuditCheckpoint> existing =
        database
            .jdbc()
            .sql(
                "SELECT sequence, hash, signed_at, signature FROM audit_checkpoint"
                    + " WHERE sequence = ?")
            .param(entry.sequence())
            .query(AuditSigning::row)
            .optional();
    if (existing.isPresent()) {
      return existing;
    }
    Instant now = Instant.ofEpochMilli(clock.millis());
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

  /**
   * Once per process, with the key open: checkpoints signed by a Pana without the head are
   * re-signed in the current form, so that from then on a missing head file cannot pass for an old
   * data directory. Only checkpoints whose old signature verifies are re-signed.
   */
  private void resignOlderCheckpoints() {
    if (!olderCheckpointsSeen.compareAndSet(false, true)) {
      return;
    }
    boolean current = false;
    List<AuditCheckpoint> older = new ArrayList<>();
    for (AuditCheckpoint row : rows()) {
      byte[] signature = decode(row.signature());
      if (signatures.verify(row.signedBytes(), signature)) {
        current = true;
      } else if (signatures.verify(row.legacySignedBytes(), signature)) {
        older.add(row);
      }
    }
    olderPana = !current && !older.isEmpty();
    for (AuditCheckpoint row : older) {
      signatures
          .sign(row.signedBytes())
          .ifPresent(
              signature ->
                  database
                      .jdbc()
                      .sql("UPDATE audit_checkpoint SET signature = ? WHERE sequence = ?")
                      .params(Base64.getEncoder().encodeToString(signature), row.sequence())
                      .update());
    }
  }

  /** Runs {@code action} once the current transaction committed (at once outside of one). */
  private static void afterCommit(Runnable action) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              action.run();
            }
          });
    } else {
      action.run();
    }
  }

  private static AuditEntry newer(AuditEntry kept, AuditEntry candidate) {
    return kept == null || candidate.sequence() > kept.sequence() ? candidate : kept;
  }

  private static byte[] decode(String base64) {
    try {
      return Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      return new byte[0];
    }
  }

  private static AuditCheckpoint row(ResultSet rs, int row) throws SQLException {
    return new AuditCheckpoint(
        rs.getLong("sequence"),
        rs.getString("hash"),
        Instant.ofEpochMilli(rs.getLong("signed_at")),
        rs.getString("signature"));
  }
}
