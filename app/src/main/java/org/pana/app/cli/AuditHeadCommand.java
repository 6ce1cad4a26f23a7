package org.pana.app.cli;

import org.springframework.context.ConfigurableApplicationContext;

/** {@code audit head}: the trail's newest entry and its hash, to write down or send. */
final class AuditHeadCommand implements CasebookCommand {

  @Override
  public int run(
      Invocation invocation, Terminal terminal, ConfigurableApplicationContext casebook) {
    return AuditCommands.of(casebook).head(terminal.out(), terminal.err());
  }
}
