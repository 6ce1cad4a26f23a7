package org.pana.app.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.pana.store.jdbc.DatabaseLock;

/**
 * One server per casebook. Two servers on one casebook would each keep their own search index in
 * memory and overwrite each other's sealed index files, so people written through one could no
 * longer be found by name. Until several application nodes are supported, a server (and a command
 * that rebuilds the index or loads data) takes the casebook's lock and a second one is refused with
 * a clear message.
 *
 * <p>The lock is an operating-system lock on a file in the data directory, named after the vault of
 * the database it guards, and on PostgreSQL also an advisory lock in the database itself (another
 * data directory may point at the same database). Both are released by the operating system or the
 * database when the process ends, however it ends: a {@code kill -9} never leaves them stuck.
 */
public final class CasebookLock implements AutoCloseable {

  private final FileChannel channel;
  private final FileLock fileLock;
  private final DatabaseLock databaseLock;

  private CasebookLock(FileChannel channel, FileLock fileLock, DatabaseLock databaseLock) {
    this.channel = channel;
    this.fileLock = fileLock;
    this.databaseLock = databaseLock;
  }

  /** No lock: for commands that may run beside a server (a backup, an audit check). */
  public static CasebookLock none() {
    return new CasebookLock(null, null, null);
  }

  /**
   * Takes the lock of the casebook {@code settings} describe.
   *
   * @throws IllegalStateException naming what holds it when another server does
   */
  public static CasebookLock acquire(PanaSettings settings) {
    Path file = settings.lockFile();
    FileChannel channel = open(file);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    } catch (IOException e) {
      close(channel);
      throw new UncheckedIOException("Cannot lock " + file, e);
    }
    if (lock == null) {
      String holder = holder(file);
      close(channel);
      throw new IllegalStateException(
          "Another Pana server"
              + holder
              + " is running on this casebook ("
              + settings.dataDir()
              + "). Run one server per casebook: stop the other one first.");
    }
    DatabaseLock database = null;
    if (!settings.database().isSqlite()) {
      Optional<DatabaseLock> taken = DatabaseLock.tryAcquire(settings.database());
      if (taken.isEmpty()) {
        close(channel);
        throw new IllegalStateException(
            "Another Pana server is running on the database "
                + settings.database().describe()
                + " (from another data directory). Run one server per casebook: stop the other"
                + " one first.");
      }
      database = taken.get();
    }
    writeOwner(channel);
    return new CasebookLock(channel, lock, database);
  }

  @Override
  public void close() {
    if (databaseLock != null) {
      databaseLock.close();
    }
    if (fileLock != null) {
      try {
        fileLock.release();
      } catch (IOException e) {
        // closing the channel releases it too
      }
      close(channel);
    }
  }

  private static FileChannel open(Path file) {
    try {
      if (Files.notExists(file)
          && file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      }
      return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the lock file " + file, e);
    }
  }

  /** Leaves the process id in the file, so that the next refusal can say who holds it. */
  private static void writeOwner(FileChannel channel) {
    try {
      channel.truncate(0);
      channel.write(
          ByteBuffer.wrap(
              Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)),
          0);
    } catch (IOException e) {
      // the lock holds without it; only the message loses the process id
    }
  }

  private static String holder(Path file) {
    try {
      String pid = Files.readString(file, StandardCharsets.US_ASCII).strip();
      return pid.matches("[0-9]{1,10}") ? " (process " + pid + ")" : "";
    } catch (IOException e) {
      return "";
    }
  }

  private static void close(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException e) {
      // nothing more to release
    }
  }
}
