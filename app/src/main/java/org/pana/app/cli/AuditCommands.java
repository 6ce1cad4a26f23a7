package org.pana.app.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import org.pana.core.audit.AuditEntry;
import org.pana.core.audit.AuditLog;
import org.pana.core.audit.ChainCheck;
import org.pana.core.audit.CheckpointSignatures;
import org.pana.core.audit.ExportedHead;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code audit verify} and {@code audit head}. */
public final class AuditCommands {

  /** The exit code of a trail that does not verify. */
  public static final int BROKEN = 3;

  private final AuditLog audit;
  private final CheckpointSignatures signatures;

  public AuditCommands(AuditLog audit, CheckpointSignatures signatures) {
    this.audit = audit;
    this.signatures = signatures;
  }

  /** The audit commands of an opened casebook. */
  static AuditCommands of(ConfigurableApplicationContext context) {
    return new AuditCommands(
        context.getBean(AuditLog.class), context.getBean(CheckpointSignatures.class));
  }

  /**
   * Verifies the trail (against {@code exported} when given): the verdict and what was and was not
   * checked go to {@code out}, or, when the trail is broken, the verdict to {@code err}.
   *
   * @return 0 when intact, {@link #BROKEN} otherwise
   */
  public int verify(Optional<ExportedHead> exported, PrintStream out, PrintStream err) {
    ChainCheck check = audit.verify(exported);
    List<String> report = check.report();
    if (!check.intact()) {
      err.println("pana: " + report.get(0));
      report.stream().skip(1).forEach(out::println);
      return BROKEN;
    }
    report.forEach(out::println);
    return 0;
  }

  /**
   * Prints the newest entry, its hash and the verifying key's fingerprint, ending with the short
   * form {@code SEQ:HASH:KEY} that {@code audit verify --head} takes.
   *
   * @return 0, {@link #BROKEN} when the trail does not verify (its head would vouch for nothing), 1
   *     when it is empty
   */
  public int head(PrintStream out, PrintStream err) {
    ChainCheck check = audit.verify(Optional.empty());
    if (!check.intact()) {
      err.println("pana: " + check.describe() + " (no head printed: it would vouch for nothing)");
      return BROKEN;
    }
    List<AuditEntry> newest = audit.latest(1);
    if (newest.isEmpty()) {
      err.println("pana: the audit trail is empty; there is no head to write down yet");
      return 1;
    }
    AuditEntry entry = newest.get(0);
    Optional<String> key = signatures.keyFingerprint();
    out.println("newest entry   " + entry.sequence() + " (" + entry.recordedAt() + ")");
    out.println("hash           " + entry.hash());
    out.println(
        "signed         "
            + (check.signedThrough() >= entry.sequence()
                ? "yes"
                : "not yet (signed up to entry "
                    + check.signedThrough()
                    + "; the rest at the next login, lock or stop)"));
    out.println("verifying key  " + key.orElse("none (no vault yet)"));
    out.println(
        "Write the last line down, or send it to a partner: `pana audit verify --head` checks the"
            + " trail against it later, which also finds a data directory put back to an earlier"
            + " copy.");
    out.println(
        key.map(k -> ExportedHead.format(entry.sequence(), entry.hash(), k))
            .orElse(entry.sequence() + ":" + entry.hash().substring(0, ExportedHead.DIGITS)));
    return 0;
  }
}
