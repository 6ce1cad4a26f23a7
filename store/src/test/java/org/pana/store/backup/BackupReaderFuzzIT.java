package org.pana.store.backup;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.pana.store.files.EncryptedFiles;
import org.pana.store.jdbc.Database;
import org.pana.store.jdbc.DatabaseSettings;
import org.pana.vault.FileCipher;
import org.pana.vault.Vault;

/**
 * The backup reader takes files from outside (a stick, a download): whatever the bytes, it either
 * restores a genuine backup or refuses with {@link BackupRefused}, and never fails in another way
 * or leaves rows behind. In the normal test run Jazzer replays the inputs under {@code
 * BackupReaderFuzzITInputs}; {@code JAZZER_FUZZ=1} fuzzes for real.
 */
class BackupReaderFuzzIT {

  private static final Path DIR = temporary();
  private static final FileCipher FILES =
      Vault.at(DIR.resolve("vault.json"))
          .create("fuzz", "fuzzing passphrase".toCharArray())
          .files();
  private static final Database DATABASE =
      Database.open(DatabaseSettings.sqlite(DIR.resolve("pana.db")));

  private static final EncryptedFiles EVIDENCE =
      new EncryptedFiles(DIR.resolve("evidence"), "evidence", () -> FILES);

  @AfterAll
  static void close() {
    DATABASE.close();
  }

  @FuzzTest(maxDuration = "60s")
  void anyBytesAreRestoredOrRefused(byte[] data) {
    try {
      Backups.Opened opened = Backups.open(new ByteArrayInputStream(data));
      Backups.restore(opened, FILES, DATABASE, EVIDENCE);
      throw new AssertionError("forged bytes were restored");
    } catch (BackupRefused | IOException expected) {
      // refused, as it must be
    }
    long rows = DATABASE.jdbc().sql("SELECT COUNT(*) FROM record").query(Long.class).single();
    if (rows != 0 || !EVIDENCE.ids().isEmpty()) {
      throw new AssertionError("a refused backup left rows behind");
    }
  }

  private static Path temporary() {
    try {
      return Files.createTempDirectory("pana-fuzz-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
