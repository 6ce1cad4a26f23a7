package org.pana.app.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.pana.store.files.PrivateFiles;

/**
 * Prepares the data directory before the database opens: created owner-only, and what Pana keeps in
 * it (database, vault, audit head, index, evidence, portal) tightened to owner-only, which also
 * fixes data directories written by Pana versions that left files readable to others. SQLite gives
 * its write-ahead log and shared-memory files the database file's permissions, so the database file
 * is created owner-only before SQLite sees it.
 */
final class DataDirectory {

  /** The names (or their starts) of what Pana keeps in a data directory. */
  private static final List<String> OURS =
      List.of("pana.db", "pana", "vault", "audit-head", "index", "evidence", "portal");

  private DataDirectory() {}

  static void prepare(PanaSettings settings) {
    Path dir = settings.dataDir();
    try {
      boolean created = Files.notExists(dir);
      PrivateFiles.createFolders(dir);
      if (!Files.isDirectory(dir) || !Files.isWritable(dir)) {
        throw new IllegalStateException(
            "The data directory " + dir + " is not a writable directory.");
      }
      boolean ours = created;
      try (Stream<Path> entries = Files.list(dir)) {
        for (Path entry : entries.toList()) {
          String name = entry.getFileName().toString();
          if (OURS.stream().anyMatch(name::startsWith)) {
            PrivateFiles.restrictAll(entry);
            PrivateFiles.restrict(entry);
            ours = true;
          }
        }
      }
      if (settings.database().isSqlite()) {
        Path database = dir.resolve("pana.db");
        if (Files.notExists(database)) {
          try (FileChannel empty =
              PrivateFiles.open(
                  database, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            // An empty file is an empty SQLite database.
          }
        }
        ours = true;
      }
      if (ours) {
        // A folder someone pointed Pana at, holding only other things, keeps its permissions.
        PrivateFiles.restrict(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the data directory " + dir, e);
    }
  }
}
