package org.pana.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pana.core.audit.AuditAction;
import org.pana.core.audit.AuditEntry;
import org.pana.core.audit.ChainCheck;

/**
 * Reads audited in a group wait for the audit writer's turn at the SQLite file; a write that
 * commits meanwhile takes them along, so that under a write load a read waits for the next commit,
 * not behind every write queued. What the write does not commit waits for the next one.
 */
class AuditRidersIT {

  @TempDir Path dir;

  @Test
  void readsWaitingForTheWritersTurnAreCommittedByTheWriteThatHasIt() throws Exception {
    ExecutorService readers = Executors.newFixedThreadPool(2);
    try (Database database = Database.open(DatabaseSettings.sqlite(dir.resolve("pana.db")))) {
      JdbcAuditLog audit = new JdbcAuditLog(database, Clock.systemUTC());
      CompletableFuture<?>[] reads = new CompletableFuture<?>[2];

      AuditEntry own = writeWhileTwoReadsWait(database, audit, readers, reads, true);

      reads[0].get(10, TimeUnit.SECONDS);
      reads[1].get(10, TimeUnit.SECONDS);
      List<AuditEntry> entries = audit.latest(10);
      assertThat(entries).hasSize(3);
      AuditEntry before =
          entries.stream()
              .filter(e -> e.sequence() == own.sequence() - 1)
              .findFirst()
              .orElseThrow();
      assertThat(own.actor()).isEqualTo("writer");
      assertThat(before.actor())
          .as("the waiting read went in with the write, before its own entry")
          .isEqualTo("reader-2");
      assertThat(
              entries.stream()
                  .filter(e -> e.actor().equals("reader-1"))
                  .findFirst()
                  .orElseThrow()
                  .sequence())
          .as("the read the writer held is written in its own turn, after")
          .isGreaterThan(own.sequence());
      ChainCheck check = audit.verify();
      assertThat(check.intact()).as(check.describe()).isTrue();
    } finally {
      readers.shutdownNow();
    }
  }

  @Test
  void readsTakenByAWriteThatDoesNotCommitWaitForTheNextOne() throws Exception {
    ExecutorService readers = Executors.newFixedThreadPool(2);
    try (Database database = Database.open(DatabaseSettings.sqlite(dir.resolve("pana.db")))) {
      JdbcAuditLog audit = new JdbcAuditLog(database, Clock.systemUTC());
      CompletableFuture<?>[] reads = new CompletableFuture<?>[2];

      writeWhileTwoReadsWait(database, audit, readers, reads, false);

      reads[0].get(10, TimeUnit.SECONDS);
      reads[1].get(10, TimeUnit.SECONDS);
      List<AuditEntry> entries = audit.latest(10);
      assertThat(entries)
          .extracting(AuditEntry::actor)
          .as("both reads are kept; the write that was rolled back is not")
          .containsExactlyInAnyOrder("reader-1", "reader-2");
      ChainCheck check = audit.verify();
      assertThat(check.intact()).as(check.describe()).isTrue();
    } finally {
      readers.shutdownNow();
    }
  }

  /**
   * Writes an entry in a transaction that has the turn while two reads wait: the audit writer with
   * the first, the second to be taken; commits it or rolls it back.
   */
  private static AuditEntry writeWhileTwoReadsWait(
      Database database,
      JdbcAuditLog audit,
      ExecutorService readers,
      CompletableFuture<?>[] reads,
      boolean commit) {
    return database
        .transactions()
        .execute(
            status -> {
              reads[0] = read(audit, "reader-1", readers);
              awaitUntil(() -> audit.grouped().writing());
              reads[1] = read(audit, "reader-2", readers);
              awaitUntil(() -> audit.grouped().waiting() == 1);
              AuditEntry own = audit.append("writer", AuditAction.RECORD_WRITTEN, "w1");
              if (!commit) {
                status.setRollbackOnly();
              }
              return own;
            });
  }

  private static CompletableFuture<Void> read(
      JdbcAuditLog audit, String reader, ExecutorService readers) {
    return CompletableFuture.runAsync(
        () -> audit.appendGrouped(reader, AuditAction.RECORD_READ, List.of("p-" + reader)),
        readers);
  }

  private static void awaitUntil(java.util.function.BooleanSupplier condition) {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > until) {
        throw new AssertionError("the readers did not get where the test needs them");
      }
      Thread.onSpinWait();
    }
  }
}
