package org.pana.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pana.store.backup.Backups;

/**
 * Backup → wipe → restore gives identical data; a tampered, truncated or foreign file is refused
 * and restores nothing; the backup holds no readable name.
 */
class BackupIT {

  private static final String PASS = "a long demo passphrase";
  private static final List<String> NAMES =
      List.of("Yerlan Bakytuly", "Ерлан Бақытұлы", "ەرلان باقىتۇلى", "叶尔兰·巴合提");

  @TempDir Path dir;

  private final CommandLine cli = new CommandLine();

  @Test
  void backupThenRestoreIntoANewDirectoryGivesIdenticalData() throws Exception {
    Path source = demo();
    Path backup = backup(source);
    List<String> before = dump(source);
    Path target = dir.resolve("restored");

    assertThat(restore(PASS, backup, target)).as(stderr()).isZero();

    assertThat(dump(target)).containsAll(before);
    assertThat(run("", "audit", "verify", "--data-dir", target.toString())).isZero();
    assertThat(
            run(PASS + "\n", "token", "create", "--name", "aru", "--data-dir", target.toString()))
        .isZero();
    byte[] bytes = Files.readAllBytes(backup);
    for (String name : NAMES) {
      assertThat(Bytes.indexOf(bytes, name.getBytes(StandardCharsets.UTF_8))).as(name).isNegative();
      assertThat(Bytes.indexOf(bytes, name.getBytes(StandardCharsets.UTF_16LE)))
          .as(name)
          .isNegative();
      assertThat(Bytes.indexOf(bytes, name.getBytes(StandardCharsets.UTF_16BE)))
          .as(name)
          .isNegative();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"flip-in-tables", "truncate", "flip-in-header", "drop-last-segment"})
  void aTamperedOrTruncatedBackupIsRefusedAndRestoresNothing(String damage) throws Exception {
    Path source = demo();
    Path backup = backup(source);
    byte[] bytes = Files.readAllBytes(backup);
    UnaryOperator<byte[]> change =
        switch (damage) {
          case "flip-in-tables" -> b -> flip(b, b.length - 200);
          case "flip-in-header" -> b -> flip(b, 40);
          case "truncate" -> b -> java.util.Arrays.copyOf(b, b.length - 17);
          default -> b -> java.util.Arrays.copyOf(b, b.length - 1200);
        };
    Path damaged = Files.write(dir.resolve("damaged.backup"), change.apply(bytes));
    Path target = dir.resolve("restored-" + damage);

    assertThat(restore(PASS, damaged, target)).isEqualTo(1);

    assertThat(stderr()).startsWith("pana: ").contains("backup");
    assertThat(stderr().strip().lines()).hasSize(1);
    // Nothing was created: no vault, no migrated database, not even the directory.
    assertThat(target).doesNotExist();
    // So a retry with the good backup is not told the directory is "not empty".
    assertThat(restore(PASS, backup, target)).as(stderr()).isZero();
  }

  @Test
  void aRefusedRestoreIntoAnEmptyDirectoryLeavesItEmpty() throws Exception {
    Path source = demo();
    Path backup = backup(source);
    Path target = Files.createDirectory(dir.resolve("prepared"));

    assertThat(restore("wrong passphrase", backup, target)).isEqualTo(1);

    assertThat(stderr()).contains("Wrong passphrase");
    assertThat(target).isEmptyDirectory();
    assertThat(restore(PASS, backup, target)).as(stderr()).isZero();
  }

  @Test
  void aForeignFileOrAWrongPassphraseIsRefusedClearly() throws Exception {
    Path source = demo();
    Path backup = backup(source);
    Path foreign = Files.writeString(dir.resolve("notes.txt"), "shopping list");

    assertThat(restore(PASS, foreign, dir.resolve("a"))).isEqualTo(1);
    assertThat(stderr()).contains("not a Pana backup file");
    assertThat(restore("wrong passphrase", backup, dir.resolve("b"))).isEqualTo(1);
    assertThat(stderr()).contains("Wrong passphrase");
    assertThat(restore(PASS, backup, source)).isEqualTo(1);
    assertThat(stderr()).contains("is not empty");
  }

  private Path demo() {
    Path source = dir.resolve("source");
    assertThat(run(PASS + "\n", "demo", "--user", "aru", "--data-dir", source.toString())).isZero();
    return source;
  }

  /** Backs the casebook in {@code source} up to a file, which it returns. */
  private Path backup(Path source) {
    Path backup = dir.resolve("pana.backup");
    assertThat(
            run(PASS + "\n", "backup", "--out", backup.toString(), "--data-dir", source.toString()))
        .as(stderr())
        .isZero();
    return backup;
  }

  /** Restores {@code backup} into {@code target} with the passphrase; returns the exit code. */
  private int restore(String passphrase, Path backup, Path target) {
    return run(passphrase + "\n", "restore", backup.toString(), "--data-dir", target.toString());
  }

  /** Every row of every table, as text, in a stable order. */
  private static List<String> dump(Path dataDir) throws Exception {
    List<String> rows = new ArrayList<>();
    try (Connection db = sqlite(dataDir)) {
      for (String table : Backups.TABLES) {
        try (ResultSet rs = db.createStatement().executeQuery("SELECT * FROM " + table)) {
          int columns = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            StringBuilder row = new StringBuilder(table);
            for (int c = 1; c <= columns; c++) {
              row.append('|').append(rs.getString(c));
            }
            rows.add(row.toString());
          }
        }
      }
    }
    return rows;
  }

  private static byte[] flip(byte[] bytes, int at) {
    byte[] copy = bytes.clone();
    copy[at] ^= 0x20;
    return copy;
  }

  private static Connection sqlite(Path dir) throws Exception {
    return CommandLine.sqlite(dir);
  }

  private int run(String stdin, String... args) {
    return cli.run(stdin, args);
  }

  private String stderr() {
    return cli.stderr();
  }
}
