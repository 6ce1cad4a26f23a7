package org.pana.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pana.core.audit.AuditCheckpoint;
import org.pana.core.audit.AuditHead;
import org.pana.vault.Vault;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Someone with the data directory but without a passphrase tampers with the audit trail in each way
 * that once passed unnoticed: cutting off its end, rewriting its newest entry, recomputing it
 * without its checkpoints, emptying it, or swapping the verifying key and re-signing. Each is
 * found, and {@code audit verify} says what it could not check.
 */
class AuditTamperIT {

  private static final String PASS = "a long demo passphrase";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path root;

  private final CommandLine cli = new CommandLine();

  @Test
  void cuttingOffTheLastSessionIsFound() throws Exception {
    Path dir = demo("cut");
    long demoEnd = newest(dir);
    assertThat(run(PASS + "\n", "index", "rebuild", "--data-dir", dir.toString())).isZero();
    assertThat(newest(dir)).isGreaterThan(demoEnd);

    sql(
        dir,
        "DELETE FROM audit_entry WHERE sequence > " + demoEnd,
        "DELETE FROM audit_checkpoint WHERE sequence > " + demoEnd);

    assertBroken(dir, "missing");
  }

  @Test
  void aRewrittenNewestEntryWithItsHashRecomputedIsFound() throws Exception {
    Path dir = demo("newest");
    assertThat(run(PASS + "\n", "index", "rebuild", "--data-dir", dir.toString())).isZero();
    long newest = newest(dir);

    CommandLine.rewriteAuditActor(dir, newest);
    sql(dir, "DELETE FROM audit_checkpoint WHERE sequence >= " + newest);

    assertBroken(dir, "signed");
  }

  @Test
  void aChainRecomputedWithoutItsCheckpointsIsFound() throws Exception {
    Path dir = demo("recomputed");

    CommandLine.rewriteAuditActor(dir, 5);
    sql(dir, "DELETE FROM audit_checkpoint");

    assertBroken(dir, "signed");
    // Without the head file as well, the missing signatures themselves give it away.
    Files.deleteIfExists(dir.resolve("audit-head.json"));
    assertBroken(dir, "no signed checkpoint");
  }

  @Test
  void anEmptiedTrailIsFound() throws Exception {
    Path dir = demo("emptied");

    sql(dir, "DELETE FROM audit_entry", "DELETE FROM audit_checkpoint");

    assertBroken(dir, "missing");
    Files.deleteIfExists(dir.resolve("audit-head.json"));
    assertBroken(dir, "empty");
  }

  @Test
  void aSwappedVerifyingKeyIsFoundWithAPassphrase() throws Exception {
    Path dir = demo("swapped");
    // The attacker's own key pair, made the way Pana makes one.
    Vault.Unlocked forger =
        Vault.at(root.resolve("forger.json")).create("forger", "forger's passphrase".toCharArray());
    ObjectNode vault = (ObjectNode) JSON.readTree(dir.resolve("vault.json").toFile());
    vault.put(
        "auditVerifyKey",
        JSON.readTree(root.resolve("forger.json").toFile()).get("auditVerifyKey").asString());
    Files.write(dir.resolve("vault.json"), JSON.writeValueAsBytes(vault));
    try (Connection db = CommandLine.sqlite(dir);
        var rows =
            db.createStatement()
                .executeQuery("SELECT sequence, hash, signed_at FROM audit_checkpoint");
        var update =
            db.prepareStatement("UPDATE audit_checkpoint SET signature = ? WHERE sequence = ?")) {
      while (rows.next()) {
        AuditCheckpoint checkpoint =
            new AuditCheckpoint(
                rows.getLong(1), rows.getString(2), Instant.ofEpochMilli(rows.getLong(3)), "");
        update.setString(
            1, Base64.getEncoder().encodeToString(forger.sign(checkpoint.signedBytes())));
        update.setLong(2, checkpoint.sequence());
        update.executeUpdate();
      }
    }
    Path headFile = dir.resolve("audit-head.json");
    ObjectNode head = (ObjectNode) JSON.readTree(headFile.toFile());
    head.put(
        "signature",
        Base64.getEncoder()
            .encodeToString(
                forger.sign(
                    AuditHead.signedBytes(
                        head.get("sequence").asLong(),
                        head.get("hash").asString(),
                        Instant.parse(head.get("signedAt").asString())))));
    Files.write(headFile, JSON.writeValueAsBytes(head));

    // Without a passphrase the swap cannot be seen, and verify says so.
    assertThat(run("", "audit", "verify", "--data-dir", dir.toString())).isZero();
    assertThat(stdout()).contains("not checked").contains("--user");

    assertThat(run(PASS + "\n", "audit", "verify", "--user", "aru", "--data-dir", dir.toString()))
        .as(stdout())
        .isEqualTo(3);
    assertThat(stderr()).contains("verifying key");
  }

  @Test
  void aDataDirectoryRolledBackIsFoundAgainstAnExportedHead() throws Exception {
    Path dir = demo("rolled-back");
    Path copy = root.resolve("copy");
    FileSystemUtils.copyRecursively(dir, copy);
    assertThat(run(PASS + "\n", "token", "create", "--name", "aru", "--data-dir", dir.toString()))
        .isZero();
    assertThat(run("", "audit", "head", "--data-dir", dir.toString())).isZero();
    String head = lastLine(stdout());
    assertThat(head).matches("\\d+:[0-9a-f]{16}:[0-9a-f]{16}");
    assertThat(run("", "audit", "verify", "--head", head, "--data-dir", dir.toString()))
        .as(stderr())
        .isZero();
    assertThat(stdout()).contains("exported head");

    // Everything goes back to the copy: database, vault and head file alike.
    FileSystemUtils.deleteRecursively(dir);
    FileSystemUtils.copyRecursively(copy, dir);

    assertThat(run("", "audit", "verify", "--data-dir", dir.toString())).isZero();
    assertThat(run("", "audit", "verify", "--head", head, "--data-dir", dir.toString()))
        .isEqualTo(3);
    assertThat(stderr()).contains("exported head");
    assertThat(run("", "audit", "verify", "--head", "12:nothex", "--data-dir", dir.toString()))
        .isEqualTo(2);
  }

  @Test
  void aLoginAfterTamperingDoesNotSignTheTamperingAway() throws Exception {
    Path dir = demo("laundered");
    long demoEnd = newest(dir);
    assertThat(run(PASS + "\n", "index", "rebuild", "--data-dir", dir.toString())).isZero();
    sql(
        dir,
        "DELETE FROM audit_entry WHERE sequence > " + demoEnd,
        "DELETE FROM audit_checkpoint WHERE sequence > " + demoEnd);

    assertThat(run(PASS + "\n", "token", "create", "--name", "aru", "--data-dir", dir.toString()))
        .isZero();

    // The head still names the entry that was cut off, whatever the login wrote there since.
    assertBroken(dir, "signed");
  }

  @Test
  void anIntactTrailSaysWhatWasAndWasNotChecked() {
    Path dir = demo("intact");

    assertThat(run("", "audit", "verify", "--data-dir", dir.toString())).isZero();
    assertThat(stdout())
        .containsPattern("audit chain intact: \\d+ entries, [1-9]\\d* signed")
        .contains("signed head")
        .contains("not checked");
    assertThat(run(PASS + "\n", "audit", "verify", "--user", "aru", "--data-dir", dir.toString()))
        .as(stderr())
        .isZero();
    assertThat(stdout()).contains("the vault's own key");
  }

  private void assertBroken(Path dir, String problem) {
    assertThat(run("", "audit", "verify", "--data-dir", dir.toString())).as(stdout()).isEqualTo(3);
    assertThat(stderr()).startsWith("pana: audit ").contains(problem);
  }

  private static void sql(Path dir, String... statements) throws Exception {
    try (Connection db = CommandLine.sqlite(dir);
        var statement = db.createStatement()) {
      for (String sql : statements) {
        statement.executeUpdate(sql);
      }
    }
  }

  private static long newest(Path dir) throws Exception {
    try (Connection db = CommandLine.sqlite(dir);
        var rows = db.createStatement().executeQuery("SELECT MAX(sequence) FROM audit_entry")) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private Path demo(String name) {
    Path dir = root.resolve(name);
    assertThat(run(PASS + "\n", "demo", "--user", "aru", "--data-dir", dir.toString())).isZero();
    return dir;
  }

  private int run(String stdin, String... args) {
    return cli.run(stdin, args);
  }

  private String stdout() {
    return cli.stdout();
  }

  private String stderr() {
    return cli.stderr();
  }

  private static String lastLine(String text) {
    List<String> lines = text.strip().lines().toList();
    return lines.get(lines.size() - 1);
  }
}
