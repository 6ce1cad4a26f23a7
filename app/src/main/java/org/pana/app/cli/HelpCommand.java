package org.pana.app.cli;

/** {@code help}: the usage text. */
final class HelpCommand implements PanaCommand {

  @Override
  public int run(Invocation invocation, Terminal terminal) {
    terminal.out().print(Invocation.USAGE);
    return 0;
  }
}
