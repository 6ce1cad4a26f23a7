package org.pana.app.cli;

import java.nio.file.Path;
import org.pana.app.acting.PanaUser;
import org.pana.app.vault.BackupService;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code backup}: one encrypted, integrity-checked file of everything. */
final class BackupCommand implements CasebookCommand {

  @Override
  public int run(
      Invocation invocation, Terminal terminal, ConfigurableApplicationContext casebook) {
    PanaUser admin = Launcher.accounts(casebook, terminal).administrator(invocation);
    Path target = invocation.file().orElseThrow();
    long rows = casebook.getBean(BackupService.class).backup(admin, target);
    terminal.out().println("Wrote the backup " + target + " (" + rows + " rows, encrypted).");
    return 0;
  }
}
