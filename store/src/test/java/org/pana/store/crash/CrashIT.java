package org.pana.store.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pana.core.audit.ChainCheck;
import org.pana.core.person.Person;
import org.pana.core.timeline.Event;
import org.pana.store.jdbc.Database;
import org.pana.store.jdbc.DatabaseSettings;
import org.pana.store.jdbc.JdbcAuditLog;
import org.pana.store.jdbc.JdbcRecordStore;
import org.pana.store.jdbc.VaultProtection;
import org.pana.store.json.RecordCodec;
import org.pana.vault.Vault;

/**
 * Nothing acknowledged is lost when the machine dies mid-write: a child JVM writes continuously and
 * is killed with SIGKILL at random moments, again and again; after each kill every write it had
 * acknowledged is there, the database passes SQLite's integrity check, and the audit chain (with
 * its signed checkpoints) verifies. Bounded to a few seconds per round.
 */
class CrashIT {

  private static final int ROUNDS = 8;

  @TempDir Path dir;

  @Test
  void everyAcknowledgedWriteSurvivesSigkill() throws Exception {
    Random random = new Random(20261124L);
    List<String[]> acknowledged = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      List<String[]> acks = runAndKill(200 + random.nextInt(1300));
      acknowledged.addAll(acks);

      Vault vault = Vault.at(dir.resolve("vault.json"));
      Vault.Unlocked keys = vault.unlock("crash", CrashWriter.PASSPHRASE.toCharArray());
      try (Database database = Database.open(DatabaseSettings.sqlite(dir.resolve("pana.db")))) {
        assertThat(database.jdbc().sql("PRAGMA integrity_check").query(String.class).single())
            .isEqualTo("ok");
        var audit =
            new JdbcAuditLog(database, Clock.systemUTC(), CrashWriter.signatures(vault, null));
        var store =
            new JdbcRecordStore(
                database,
                new RecordCodec(),
                Clock.systemUTC(),
                new VaultProtection(keys.cipher()),
                audit);
        var evidence =
            new org.pana.store.files.EncryptedFiles(
                dir.resolve("evidence"), "evidence", keys::files);
        for (String[] ack : acknowledged) {
          assertThat(store.find(Person.KIND, ack[0])).as("person of round " + round).isPresent();
          assertThat(store.find(Event.KIND, ack[1])).as("event of round " + round).isPresent();
          try (var in = evidence.open(ack[2])) {
            byte[] plain = in.readAllBytes();
            assertThat(
                    java.util.HexFormat.of()
                        .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(plain)))
                .as("file of round " + round)
                .isEqualTo(ack[3]);
          }
        }
        ChainCheck check = audit.verify();
        assertThat(check.intact()).as(check.describe()).isTrue();
      }
    }
    assertThat(acknowledged).as("the writer got some writes done").hasSizeGreaterThan(ROUNDS);
  }

  /** Starts the writer, lets it run, kills it with SIGKILL, and returns what it acknowledged. */
  private List<String[]> runAndKill(long millis) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child =
        new ProcessBuilder(
                java.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                CrashWriter.class.getName(),
                dir.toString())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    List<String[]> acks = new CopyOnWriteArrayList<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader lines =
                  new BufferedReader(
                      new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                  if (line.startsWith("ACK ")) {
                    String[] parts = line.split(" ");
                    acks.add(new String[] {parts[1], parts[2], parts[3], parts[4]});
                  }
                }
              } catch (java.io.IOException e) {
                // the child died: that is the point
              }
            });
    reader.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (acks.isEmpty() && System.nanoTime() < deadline && child.isAlive()) {
      Thread.sleep(20);
    }
    Thread.sleep(millis);
    // On Linux, destroyForcibly is SIGKILL: no shutdown hook, no flush, no goodbye.
    child.destroyForcibly();
    assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
    reader.join(5000);
    assertThat(Files.exists(dir.resolve("pana.db"))).isTrue();
    return new ArrayList<>(acks);
  }
}
