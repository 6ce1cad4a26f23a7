package org.pana.store.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Makes the SQLite transactions committed at about the same moment durable with one sync of the
 * write-ahead log, outside the writers' turn (group commit).
 *
 * <p>SQLite commits with {@code synchronous=NORMAL}: a commit writes its frames to the log and
 * returns, and SQLite syncs the log only before a checkpoint copies it into the database (and the
 * database after). A transaction is then as safe as with {@code FULL} against a crash of Pana, but
 * not yet against a power cut. Before a transaction is acknowledged, its caller waits here until a
 * sync of the log that began after its commit has ended: one sync covers every commit made before
 * it began, so that while one caller syncs, the commits that queue behind it share the next sync
 * instead of each paying for its own while holding the turn.
 */
final class WalSync {

  private final Runnable sync;
  private final AtomicLong committed = new AtomicLong();
  private final ReentrantLock syncing = new ReentrantLock();

  /** Commits counted before the last sync began, all of them durable since it ended. */
  private volatile long durable;

  /**
   * @param database the SQLite database file; its log is beside it, with {@code -wal} added
   */
  WalSync(Path database) {
    Path log = database.resolveSibling(database.getFileName() + "-wal");
    this.sync = () -> sync(log);
  }

  /** With {@code sync} in place of syncing the log (tests count the syncs). */
  WalSync(Runnable sync) {
    this.sync = sync;
  }

  /** Counts a commit that has returned; returns its number, for {@link #await}. */
  long committed() {
    return committed.incrementAndGet();
  }

  /** Returns once commit {@code number} (and every one before it) is on the disk. */
  void await(long number) {
    if (durable >= number) {
      return;
    }
    syncing.lock();
    try {
      if (durable >= number) {
        return; // a sync that began after this commit ended while this caller waited
      }
      // every commit counted by now has written its frames: the sync covers them all
      long covered = committed.get();
      sync.run();
      durable = covered;
    } finally {
      syncing.unlock();
    }
  }

  /** Commits durable so far (each covered by a sync that began after it). */
  long durable() {
    return durable;
  }

  private static void sync(Path log) {
    try (FileChannel channel = FileChannel.open(log, StandardOpenOption.WRITE)) {
      channel.force(false);
    } catch (NoSuchFileException gone) {
      // no log: every commit is in the database file, which SQLite synced when it took the log in
    } catch (IOException e) {
      throw new UncheckedIOException("Could not make the write-ahead log durable: " + log, e);
    }
  }
}
