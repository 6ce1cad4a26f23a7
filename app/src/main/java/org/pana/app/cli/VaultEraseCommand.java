package org.pana.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.pana.app.config.PanaSettings;
import org.pana.app.vault.VaultErasure;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code vault erase}: crypto-erase, then the SQLite database's files. */
record VaultEraseCommand(Launcher launcher) implements PanaCommand {

  @Override
  public int run(Invocation invocation, Terminal terminal) {
    if (!invocation.confirmed() && !confirmed(terminal)) {
      terminal.err().println("pana: not erased (the answer was not: erase)");
      return 1;
    }
    PanaSettings settings;
    try (ConfigurableApplicationContext context = launcher.open(invocation)) {
      settings = context.getBean(PanaSettings.class);
      terminal.out().println(context.getBean(VaultErasure.class).eraseVault("command line"));
    }
    if (settings.database().isSqlite()) {
      deleteSqliteFiles(settings.dataDir().resolve("pana.db"));
      terminal.out().println("Deleted the database file (on SSDs the overwrite is best effort).");
    }
    return 0;
  }

  private static boolean confirmed(Terminal terminal) {
    terminal
        .out()
        .println(
            "This destroys every key copy: all data in this data directory becomes unreadable for"
                + " ever. Type erase to go on:");
    try {
      String answer =
          new BufferedReader(new InputStreamReader(terminal.in(), StandardCharsets.UTF_8))
              .readLine();
      return answer != null && answer.strip().equals("erase");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** After a crypto-erase the ciphertext goes too, with SQLite's journal files. */
  private static void deleteSqliteFiles(Path database) {
    for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
      try {
        Files.deleteIfExists(database.resolveSibling(database.getFileName() + suffix));
      } catch (IOException e) {
        throw new UncheckedIOException("Could not delete " + database + suffix, e);
      }
    }
  }
}
