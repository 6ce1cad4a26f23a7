package org.pana.app.cli;

import java.util.Optional;
import org.pana.core.audit.ExportedHead;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code audit verify}: checks the audit trail's chain, checkpoints and signed head. */
record AuditVerifyCommand(Launcher launcher) implements PanaCommand {

  @Override
  public int run(Invocation invocation, Terminal terminal) {
    Optional<ExportedHead> exported = exportedHead(invocation);
    try (ConfigurableApplicationContext context = launcher.open(invocation)) {
      if (invocation.name().isPresent()) {
        // Opening the vault lets the verifying key be compared with the vault's own.
        Launcher.accounts(context, terminal).administrator(invocation);
        Launcher.signCheckpoint(context);
      }
      return AuditCommands.of(context).verify(exported, terminal.out(), terminal.err());
    }
  }

  private static Optional<ExportedHead> exportedHead(Invocation invocation) {
    try {
      return invocation.head().map(ExportedHead::parse);
    } catch (IllegalArgumentException e) {
      throw new Invocation.UsageError(e.getMessage());
    }
  }
}
