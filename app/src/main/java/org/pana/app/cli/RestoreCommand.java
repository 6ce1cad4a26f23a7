package org.pana.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.pana.app.vault.BackupService;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/** {@code restore}: a backup into a new, empty data directory, or nothing at all. */
record RestoreCommand(Launcher launcher) implements PanaCommand {

  @Override
  public int run(Invocation invocation, Terminal terminal) {
    Path file = invocation.file().orElseThrow();
    if (!Files.isRegularFile(file)) {
      terminal.err().println("pana: no backup file at " + file);
      return 1;
    }
    Path dir = invocation.dataDir().orElse(null);
    if (dir == null) {
      throw new Invocation.UsageError("restore needs --data-dir DIR (a new, empty directory)");
    }
    if (!isEmptyOrMissing(dir)) {
      terminal.err().println("pana: " + dir + " is not empty; restore only into a new directory");
      return 1;
    }
    char[] passphrase =
        PassphraseInput.of(terminal.in())
            .next("passphrase of " + invocation.name().orElse("the administrator"));
    boolean existed = Files.exists(dir);
    try {
      try (ConfigurableApplicationContext context = launcher.open(invocation)) {
        long rows =
            context
                .getBean(BackupService.class)
                .restore(file, invocation.name().orElse(null), passphrase);
        Launcher.signCheckpoint(context);
        terminal.out().println("Restored " + rows + " rows into " + dir + ".");
      }
    } catch (RuntimeException e) {
      // A refused restore leaves the target as it found it, so that a retry works.
      removeCreated(dir, existed);
      throw e;
    }
    return 0;
  }

  private static boolean isEmptyOrMissing(Path dir) {
    if (!Files.exists(dir)) {
      return true;
    }
    try (var entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + dir, e);
    }
  }

  /**
   * Removes what a failed restore created in {@code dir} (checked empty or missing before): the
   * directory itself when it did not exist, else everything in it. The database is closed by then.
   */
  private static void removeCreated(Path dir, boolean existed) {
    try {
      if (!existed) {
        FileSystemUtils.deleteRecursively(dir);
        return;
      }
      try (var entries = Files.list(dir)) {
        for (Path entry : entries.toList()) {
          FileSystemUtils.deleteRecursively(entry);
        }
      }
    } catch (IOException e) {
      // The refusal is what the user needs to read; a leftover shows at the next attempt.
    }
  }
}
