package org.pana.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Everything the command line writes is its owner's only: the data directory's files and folders
 * (database and its journal files, vault, audit head, sealed index) and backups written elsewhere,
 * and a data directory from an older Pana is tightened at the next start.
 */
class DataDirectoryPermissionsIT {

  private static final String PASS = "a long demo passphrase";

  @TempDir Path root;

  private final CommandLine cli = new CommandLine();

  @Test
  void everyFileIsTheOwnersOnly() throws Exception {
    OwnerOnly.assumePosix(root);
    Path dir = root.resolve("data");
    Path backup = root.resolve("backups").resolve("monday").resolve("pana.backup");

    assertThat(cli.run(PASS + "\n", "demo", "--user", "aru", "--data-dir", dir.toString()))
        .isZero();
    assertThat(cli.run(PASS + "\n", "index", "rebuild", "--data-dir", dir.toString())).isZero();
    assertThat(
            cli.run(
                PASS + "\n", "backup", "--out", backup.toString(), "--data-dir", dir.toString()))
        .as(cli.stderr())
        .isZero();
    assertThat(
            cli.run(PASS + "\n", "token", "create", "--name", "aru", "--data-dir", dir.toString()))
        .isZero();

    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .contains("pana.db", "vault.json", "audit-head.json", "index");
    }
    assertThat(OwnerOnly.exposed(dir)).isEmpty();
    assertThat(OwnerOnly.exposed(root.resolve("backups"))).isEmpty();
  }

  @Test
  void anOlderDataDirectoryIsTightenedAtTheNextStart() throws Exception {
    OwnerOnly.assumePosix(root);
    Path dir = root.resolve("older");
    assertThat(cli.run(PASS + "\n", "demo", "--user", "aru", "--data-dir", dir.toString()))
        .isZero();
    assertThat(cli.run(PASS + "\n", "index", "rebuild", "--data-dir", dir.toString())).isZero();
    // As an older Pana left it: folders 0755, files 0644.
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.toList()) {
        Files.setPosixFilePermissions(
            path,
            PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwxr-xr-x" : "rw-r--r--"));
      }
    }

    assertThat(cli.run("", "audit", "verify", "--data-dir", dir.toString())).isZero();

    assertThat(OwnerOnly.exposed(dir)).isEmpty();
  }
}
