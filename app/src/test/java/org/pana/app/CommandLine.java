package org.pana.app;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;

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
}
