package org.pana.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pana.core.audit.AuditAction;
import org.pana.core.audit.AuditCheckpoint;
import org.pana.core.audit.AuditEntry;
import org.pana.core.audit.AuditHead;
import org.pana.core.audit.ChainCheck;
import org.pana.core.audit.CheckpointSignatures;
import org.pana.store.files.HeadFile;

/**
 * The signed audit trail on every database: checkpoints at their interval and on demand, a signed
 * head kept in a file that only moves forward, entries cut off or rewritten while the log runs
 * signed as evidence, a login after tampering that does not sign it away, concurrent appends, and
 * the checkpoints of an older Pana accepted, then re-signed.
 */
abstract class AuditTrailContract {

  @TempDir Path dir;

  private Database database;
  private final AtomicBoolean open = new AtomicBoolean(true);
  private final CheckpointSignatures signatures = new TestSignatures(open);
  private HeadFile head;
  private JdbcAuditLog audit;

  /** A fresh, empty database for each test. */
  abstract DatabaseSettings freshDatabase() throws Exception;

  @BeforeEach
  void open() throws Exception {
    database = Database.open(freshDatabase());
    head = new HeadFile(dir.resolve("audit-head.json"));
    audit = log();
    audit.beginSignedHead();
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void theHeadMovesAtTheIntervalAndAtEveryCheckpoint() {
    appendMany(AuditSigning.INTERVAL + 5);
    assertThat(head.read().orElseThrow().sequence()).isEqualTo(AuditSigning.INTERVAL);

    audit.checkpoint();

    assertThat(head.read().orElseThrow().sequence()).isEqualTo(AuditSigning.INTERVAL + 5);
    ChainCheck check = audit.verify();
    assertThat(check.intact()).as(check.describe()).isTrue();
    assertThat(check.signedThrough()).isEqualTo(AuditSigning.INTERVAL + 5);
  }

  @Test
  void entriesCutOffWhileTheLogRunsAreSignedAsEvidence() {
    appendMany(5);
    audit.checkpoint();
    appendMany(3);

    sql("DELETE FROM audit_entry WHERE sequence > 5");
    audit.checkpoint(); // the session ends: logout, idle lock or shutdown

    assertThat(audit.verify().problem()).isEqualTo("entries up to 8 were signed but are missing");
  }

  @Test
  void aNewestEntryRewrittenWhileTheLogRunsIsFound() {
    appendMany(5);
    audit.checkpoint();
    appendMany(2);

    sql("DELETE FROM audit_entry WHERE sequence = 7");
    database
        .jdbc()
        .sql(
            "INSERT INTO audit_entry (sequence, recorded_at, actor, action, subject_id,"
                + " previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .params(
            forged(6).sequence(),
            forged(6).recordedAt().toEpochMilli(),
            forged(6).actor(),
            forged(6).action().name(),
            forged(6).subjectId(),
            forged(6).previousHash(),
            forged(6).hash())
        .update();
    audit.checkpoint();

    ChainCheck check = audit.verify();
    assertThat(check.intact()).isFalse();
    assertThat(check.firstBroken()).isEqualTo(7);
  }

  @Test
  void signingAfterTheTrailWasCutDoesNotMoveTheHead() {
    appendMany(8);
    audit.checkpoint();
    sql("DELETE FROM audit_entry WHERE sequence > 5", "DELETE FROM audit_checkpoint");

    // Another process (a later login) signs: it cannot know what was written, the head does.
    JdbcAuditLog later = log();
    later.append("clerk", AuditAction.LOGIN, null);
    later.checkpoint();

    assertThat(head.read().orElseThrow().sequence()).isEqualTo(8);
    assertThat(later.verify().intact()).isFalse();
  }

  @Test
  void whatIsWrittenWhileLockedIsSignedAtTheNextUnlock() {
    appendMany(3);
    audit.checkpoint();
    open.set(false);
    audit.append("anonymous", AuditAction.LOGIN_FAILED, null);
    assertThat(audit.checkpoint()).isEmpty();
    ChainCheck locked = audit.verify();
    assertThat(locked.intact()).isTrue();
    assertThat(locked.notChecked()).anyMatch(line -> line.startsWith("entries 4 to 4, not signed"));

    open.set(true);
    audit.checkpoint();

    assertThat(head.read().orElseThrow().sequence()).isEqualTo(4);
  }

  @Test
  void concurrentAppendsKeepOneIntactSignedTrail() throws Exception {
    int threads = 6;
    int each = 60;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        done.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < each; i++) {
                    if (i % 10 == 0) {
                      audit.appendAll(
                          "clerk-" + thread, AuditAction.RECORD_READ, List.of("a", "b", "c"));
                    } else if (i % 10 == 5) {
                      // reads shown at about the same moment share one commit
                      audit.appendGrouped(
                          "clerk-" + thread, AuditAction.RECORD_READ, List.of("d", "e"));
                    } else {
                      audit.append("clerk-" + thread, AuditAction.RECORD_WRITTEN, "r" + i);
                    }
                    if (i % 25 == 0) {
                      audit.checkpoint();
                    }
                  }
                }));
      }
      for (Future<?> future : done) {
        future.get();
      }
    } finally {
      pool.shutdown();
    }
    audit.checkpoint();

    long total = threads * (each + (each / 10) * 2 + (each / 10));
    ChainCheck check = audit.verify();
    assertThat(check.intact()).as(check.describe()).isTrue();
    assertThat(check.verified()).isEqualTo(total);
    assertThat(head.read().orElseThrow().sequence()).isEqualTo(total);
  }

  @Test
  void checkpointsOfAnOlderPanaAreAcceptedThenSignedAgain() {
    // A data directory last used by a Pana without the head: checkpoints in the old form.
    JdbcAuditLog older = new JdbcAuditLog(database, Clock.systemUTC(), signatures);
    for (int i = 0; i < 4; i++) {
      older.append("clerk", AuditAction.RECORD_WRITTEN, "r" + i);
    }
    older.checkpoint();
    AuditCheckpoint row = audit.checkpointRows().get(0);
    byte[] legacy = signatures.sign(row.legacySignedBytes()).orElseThrow();
    database
        .jdbc()
        .sql("UPDATE audit_checkpoint SET signature = ?")
        .param(Base64.getEncoder().encodeToString(legacy))
        .update();
    JdbcAuditLog upgraded = log();

    ChainCheck before = upgraded.verify();
    assertThat(before.intact()).as(before.describe()).isTrue();
    assertThat(before.notChecked()).anyMatch(line -> line.contains("no signed head yet"));

    upgraded.checkpoint(); // the first unlock after the upgrade

    assertThat(signatures.verify(upgraded.checkpointRows().get(0).signedBytes(), sig(upgraded)))
        .isTrue();
    assertThat(head.read().orElseThrow().sequence()).isEqualTo(4);
    assertThat(upgraded.verify().intact()).isTrue();
    // From now on a missing head is a deleted head.
    head.delete();
    assertThat(upgraded.verify().problem()).contains("signed head").contains("missing");
  }

  @Test
  void aCheckpointRowCopiedIntoTheHeadFileIsNoHead() {
    appendMany(6);
    audit.checkpoint();
    AuditCheckpoint row = audit.checkpointRows().getLast();

    head.write(new AuditHead(row.sequence(), row.hash(), row.signedAt(), row.signature()), true);

    assertThat(audit.verify().problem()).contains("bad signature");
  }

  private JdbcAuditLog log() {
    return new JdbcAuditLog(database, Clock.systemUTC(), signatures, head);
  }

  private static byte[] sig(JdbcAuditLog log) {
    return Base64.getDecoder().decode(log.checkpointRows().get(0).signature());
  }

  private void appendMany(int count) {
    for (int i = 0; i < count; i++) {
      audit.append("clerk", AuditAction.RECORD_WRITTEN, "r" + i);
    }
  }

  /** What someone with the database writes in place of entry {@code after + 1}. */
  private AuditEntry forged(long after) {
    AuditEntry previous =
        audit.latest(10).stream().filter(e -> e.sequence() == after).findFirst().orElseThrow();
    return org.pana.core.audit.AuditChain.next(
        previous, previous.recordedAt().plusSeconds(1), "nobody", AuditAction.RECORD_READ, null);
  }

  private void sql(String... statements) {
    for (String statement : statements) {
      database.jdbc().sql(statement).update();
    }
  }

  Database database() {
    return database;
  }

  /** A stand-in for the vault's Ed25519: SHA-256 over a secret and the data; locked on demand. */
  private record TestSignatures(AtomicBoolean open) implements CheckpointSignatures {
    @Override
    public Optional<byte[]> sign(byte[] data) {
      return open.get() ? Optional.of(digest(data)) : Optional.empty();
    }

    @Override
    public boolean verify(byte[] data, byte[] signature) {
      return MessageDigest.isEqual(digest(data), signature);
    }

    private static byte[] digest(byte[] data) {
      try {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update("test key".getBytes(StandardCharsets.UTF_8));
        return sha.digest(data);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
