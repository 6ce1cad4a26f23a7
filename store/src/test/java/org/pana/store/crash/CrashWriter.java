package org.pana.store.crash;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.pana.core.audit.CheckpointSignatures;
import org.pana.core.person.People;
import org.pana.core.person.PersonDraft.NameDraft;
import org.pana.core.record.Change;
import org.pana.core.source.Sources;
import org.pana.core.timeline.EventDraft;
import org.pana.core.timeline.Timeline;
import org.pana.store.fixture.PersonDrafts;
import org.pana.store.jdbc.Database;
import org.pana.store.jdbc.DatabaseSettings;
import org.pana.store.jdbc.JdbcAuditLog;
import org.pana.store.jdbc.JdbcRecordStore;
import org.pana.store.jdbc.VaultProtection;
import org.pana.store.json.RecordCodec;
import org.pana.vault.Vault;

/**
 * The child process of {@link CrashIT}: writes fictional people and events through the real,
 * encrypting store as fast as it can, and prints {@code ACK <person> <event>} once each pair is
 * committed, and an encrypted file written, until it is killed.
 */
public final class CrashWriter {

  static final String PASSPHRASE = "crash test passphrase";

  private CrashWriter() {}

  /** Checkpoints signed with the vault's key, as in the application. */
  static CheckpointSignatures signatures(Vault vault, Vault.Unlocked keys) {
    return new CheckpointSignatures() {
      @Override
      public Optional<byte[]> sign(byte[] data) {
        return Optional.ofNullable(keys).map(k -> k.sign(data));
      }

      @Override
      public boolean verify(byte[] data, byte[] signature) {
        return vault.verifySignature(data, signature);
      }
    };
  }

  public static void main(String[] args) {
    Path dir = Path.of(args[0]);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Vault vault = Vault.at(dir.resolve("vault.json"));
    Vault.Unlocked keys =
        vault.exists()
            ? vault.unlock("crash", PASSPHRASE.toCharArray())
            : vault.create("crash", PASSPHRASE.toCharArray());
    Database database = Database.open(DatabaseSettings.sqlite(dir.resolve("pana.db")));
    Clock clock = Clock.systemUTC();
    var store =
        new JdbcRecordStore(
            database,
            new RecordCodec(),
            clock,
            new VaultProtection(keys.cipher()),
            new JdbcAuditLog(database, clock, signatures(vault, keys)));
    var sources = new Sources(store);
    var people = new People(store, sources);
    var timeline = new Timeline(store, people, sources);
    Change change = Change.by("crash-writer");
    var evidence =
        new org.pana.store.files.EncryptedFiles(dir.resolve("evidence"), "evidence", keys::files);
    out.println("READY");
    for (long i = 0; ; i++) {
      String person =
          people
              .record(
                  PersonDrafts.withOneName(
                      new NameDraft("Crash Testperson " + i, null, null, null, null), null, "1980"),
                  change)
              .value()
              .id();
      String event =
          timeline
              .add(
                  person,
                  new EventDraft("ARRIVED", "2019", null, "fictional " + i, List.of(), null, null),
                  change)
              .value()
              .id();
      String file = java.util.UUID.randomUUID().toString();
      var written =
          evidence.write(
              file,
              new java.io.ByteArrayInputStream(
                  ("fictional scan " + i).getBytes(StandardCharsets.UTF_8)),
              1 << 20);
      out.println("ACK " + person + " " + event + " " + file + " " + written.sha256());
    }
  }
}
