package org.pana.app.cli;

import org.springframework.context.ConfigurableApplicationContext;

/** {@code user add}: an account, or the first administrator of a fresh data directory. */
final class UserAddCommand implements CasebookCommand {

  @Override
  public int run(
      Invocation invocation, Terminal terminal, ConfigurableApplicationContext casebook) {
    Launcher.accounts(casebook, terminal).userAdd(invocation, terminal.out());
    Launcher.signCheckpoint(casebook);
    return 0;
  }
}
