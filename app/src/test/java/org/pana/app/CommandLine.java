package org.pana.app;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.pana.core.audit.AuditAction;
import org.pana.core.audit.AuditChain;
import org.pana.core.audit.AuditEntry;

/** Runs Pana's command line in this JVM with a given standard input, keeping what it printed. */
final class CommandLine {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  /**
   * Runs {@code args} with {@code stdin}; returns the exit code. Output of earlier runs is gone.
   */
  int run(String stdin, String... args) {
    out.reset();
    err.reset();
    return Pana.run(
        args,
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  /** The SQLite database of a data directory, opened directly (as someone with the disk would). */
  static Connection sqlite(Path dataDir) throws Exception {
    return DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("pana.db"));
  }

  /**
   * Changes audit entry {@code sequence}'s actor and recomputes every hash from there on, as
   * someone with the disk and the chain's rules could: the chain alone looks intact afterwards.
   */
  static void rewriteAuditActor(Path dataDir, long sequence) throws Exception {
    try (Connection db = sqlite(dataDir)) {
      List<AuditEntry> entries = new ArrayList<>();
      try (var rows =
          db.createStatement()
              .executeQuery(
                  "SELECT sequence, recorded_at, actor, action, subject_id FROM audit_entry"
                      + " ORDER BY sequence")) {
        AuditEntry previous = null;
        while (rows.next()) {
          previous =
              AuditChain.next(
                  previous,
                  Instant.ofEpochMilli(rows.getLong(2)),
                  rows.getLong(1) == sequence ? "nobody" : rows.getString(3),
                  AuditAction.valueOf(rows.getString(4)),
                  rows.getString(5));
          entries.add(previous);
        }
      }
      try (var update =
          db.prepareStatement(
              "UPDATE audit_entry SET actor = ?, previous_hash = ?, hash = ? WHERE sequence = ?")) {
        for (AuditEntry entry : entries) {
          update.setString(1, entry.actor());
          update.setString(2, entry.previousHash());
          update.setString(3, entry.hash());
          update.setLong(4, entry.sequence());
          update.executeUpdate();
        }
      }
    }
  }
}
