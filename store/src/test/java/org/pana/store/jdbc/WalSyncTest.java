package org.pana.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WalSyncTest {

  @TempDir Path dir;

  @Test
  void aCommitIsAcknowledgedOnlyAfterASyncThatBeganAfterIt() {
    AtomicInteger syncs = new AtomicInteger();
    WalSync wal = new WalSync(syncs::incrementAndGet);

    long first = wal.committed();
    assertThat(wal.durable()).isLessThan(first);
    wal.await(first);

    assertThat(syncs).hasValue(1);
    assertThat(wal.durable()).isGreaterThanOrEqualTo(first);
    wal.await(first);
    assertThat(syncs).as("what is durable needs no second sync").hasValue(1);
    wal.await(wal.committed());
    assertThat(syncs).as("a later commit does").hasValue(2);
  }

  @Test
  void commitsWaitingTogetherShareSyncs() throws Exception {
    AtomicInteger syncs = new AtomicInteger();
    WalSync wal =
        new WalSync(
            () -> {
              syncs.incrementAndGet();
              try {
                Thread.sleep(5); // a disk's sync takes a while; commits queue behind it
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    int threads = 8;
    int each = 25;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        done.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < each; i++) {
                    long mine = wal.committed();
                    wal.await(mine);
                    assertThat(wal.durable()).isGreaterThanOrEqualTo(mine);
                  }
                }));
      }
      for (Future<?> future : done) {
        future.get();
      }
    } finally {
      pool.shutdown();
    }
    assertThat(wal.durable()).isEqualTo(threads * each);
    assertThat(syncs.get()).as("fewer syncs than commits").isLessThan(threads * each);
  }

  @Test
  void theLogBesideTheDatabaseIsSyncedAndAMissingOneIsNoError() throws Exception {
    Path database = dir.resolve("pana.db");
    WalSync wal = new WalSync(database);
    wal.await(wal.committed()); // no log yet

    Files.writeString(dir.resolve("pana.db-wal"), "frames");
    long commit = wal.committed();
    wal.await(commit);
    assertThat(wal.durable()).isEqualTo(commit);
  }
}
