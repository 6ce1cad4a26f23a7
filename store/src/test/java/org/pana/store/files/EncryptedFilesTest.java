package org.pana.store.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pana.vault.FileCipher;
import org.pana.vault.Vault;

/** Encrypted files: limits, names, swapping and tampering. */
class EncryptedFilesTest {

  @TempDir Path dir;

  private EncryptedFiles files() {
    FileCipher cipher =
        Vault.at(dir.resolve("vault.json")).create("test", "test passphrase".toCharArray()).files();
    return new EncryptedFiles(dir.resolve("evidence"), "evidence", () -> cipher);
  }

  @Test
  void aFileOverTheLimitIsRefusedAndNothingIsLeft() {
    EncryptedFiles files = files();
    String id = UUID.randomUUID().toString();

    assertThatThrownBy(() -> files.write(id, new ByteArrayInputStream(new byte[2048]), 1024))
        .isInstanceOf(EncryptedFiles.TooLarge.class);
    assertThat(files.ids()).isEmpty();
  }

  @Test
  void aFileSwappedForAnotherDoesNotOpen() throws IOException {
    EncryptedFiles files = files();
    String first = UUID.randomUUID().toString();
    String second = UUID.randomUUID().toString();
    files.write(first, new ByteArrayInputStream("first".getBytes()), 1024);
    files.write(second, new ByteArrayInputStream("second".getBytes()), 1024);
    Path evidence = dir.resolve("evidence");
    Files.copy(
        evidence.resolve(first + ".pana"),
        evidence.resolve(second + ".pana"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);

    assertThatThrownBy(() -> files.open(second).readAllBytes()).isInstanceOf(IOException.class);
    assertThat(files.open(first).readAllBytes()).isEqualTo("first".getBytes());
  }

  @Test
  void onlyRecordIdsNameFiles() {
    EncryptedFiles files = files();

    assertThatThrownBy(() -> files.open("../../etc/passwd"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
