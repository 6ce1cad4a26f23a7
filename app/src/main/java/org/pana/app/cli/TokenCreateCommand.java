package org.pana.app.cli;

import org.springframework.context.ConfigurableApplicationContext;

/** {@code token create}: a personal API token, printed once as the last line. */
final class TokenCreateCommand implements CasebookCommand {

  @Override
  public int run(
      Invocation invocation, Terminal terminal, ConfigurableApplicationContext casebook) {
    Launcher.accounts(casebook, terminal).tokenCreate(invocation, terminal.out());
    Launcher.signCheckpoint(casebook);
    return 0;
  }
}
