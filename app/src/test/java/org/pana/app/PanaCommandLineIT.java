package org.pana.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a volunteer uses it: exit codes, one-line errors, the demo command. */
class PanaCommandLineIT {

  @TempDir Path dataDir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void demoLoadsTheFictionalDataOnceIntoANewDataDirectory() {
    Path dir = dataDir.resolve("new");

    int first = run("demo", "--data-dir", dir.toString());
    int second = run("demo", "--data-dir", dir.toString());

    assertThat(first).isZero();
    assertThat(second).isZero();
    assertThat(Files.exists(dir.resolve("pana.db"))).isTrue();
    assertThat(stdout()).contains("Loaded the fictional demo").contains("already loaded");
    assertThat(stderr()).isEmpty();
  }

  @Test
  void auditVerifyPassesOnAnIntactTrailAndNamesTheFirstBrokenEntry() throws Exception {
    Path dir = dataDir.resolve("audited");
    assertThat(run("demo", "--data-dir", dir.toString())).isZero();

    assertThat(run("audit", "verify", "--data-dir", dir.toString())).isZero();
    assertThat(stdout()).containsPattern("audit chain intact: \\d+ entries");

    // Someone with the database file rewrites who made the fifth change.
    try (var connection =
            java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("pana.db"));
        var statement = connection.createStatement()) {
      statement.executeUpdate("UPDATE audit_entry SET actor = 'nobody' WHERE sequence = 5");
    }

    assertThat(run("audit", "verify", "--data-dir", dir.toString())).isEqualTo(3);
    assertThat(stderr().strip())
        .isEqualTo("pana: audit chain broken at entry 5: entry was changed after it was written");
  }

  @Test
  void helpPrintsUsage() {
    assertThat(run("help")).isZero();
    assertThat(stdout()).contains("Usage: java -jar pana.jar").contains("--data-dir");
  }

  @Test
  void aBadOptionFailsWithOneLineOnStderr() {
    int code = run("serve", "--port", "eighty");

    assertThat(code).isEqualTo(2);
    assertThat(stderr().strip()).isEqualTo("pana: --port must be a number, got eighty");
    assertThat(stderr().strip().lines()).hasSize(1);
  }

  @Test
  void anUnusableDataDirectoryFailsWithOneLine() throws Exception {
    Path file = Files.writeString(dataDir.resolve("not-a-directory"), "x");

    int code = run("demo", "--data-dir", file.toString());

    assertThat(code).isEqualTo(1);
    assertThat(stderr().strip()).startsWith("pana: ").contains("not-a-directory");
    assertThat(stderr().strip().lines()).hasSize(1);
  }

  private int run(String... args) {
    return Pana.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }
}
