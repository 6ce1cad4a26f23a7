package org.pana.core.audit;

import java.util.List;
import java.util.Optional;

/** The port to the append-only audit log. */
public interface AuditLog {

  /**
   * Appends an entry chained to the last one, in the caller's transaction if there is one. Every so
   * many entries the log also signs a checkpoint, when the signing key is available.
   */
  AuditEntry append(String actor, AuditAction action, String subjectId);

  /** Appends one entry per subject, in one transaction (e.g. the people shown in a list). */
  void appendAll(String actor, AuditAction action, List<String> subjectIds);

  /**
   * Appends one entry per subject like {@link #appendAll}, possibly in the same commit as entries
   * other threads append at the same moment (reads under load would otherwise queue up one commit
   * each behind the single writer). Returns once the entries are durable.
   */
  default void appendGrouped(String actor, AuditAction action, List<String> subjectIds) {
    appendAll(actor, action, subjectIds);
  }

  /**
   * Recomputes the whole chain from the first entry and checks every signed checkpoint and the
   * signed head.
   */
  default ChainCheck verify() {
    return verify(Optional.empty());
  }

  /** As {@link #verify()}, and also against a head exported earlier, when given. */
  ChainCheck verify(Optional<ExportedHead> exported);

  /** The latest entries, newest first. */
  List<AuditEntry> latest(int limit);

  /** Entries matching the query, newest first. */
  List<AuditEntry> search(AuditQuery query);

  /**
   * Signs the latest entry now (at unlock, logout, lock and shutdown), when the signing key is
   * open, and moves the signed head kept outside the database to it, unless the trail no longer
   * holds what was signed before: a signature must never cover up tampering.
   */
  Optional<AuditCheckpoint> checkpoint();

  /**
   * The trail starts a new signed head here: a new vault, or a restored backup, which no head kept
   * so far belongs to. Called before the vault is first opened.
   */
  void beginSignedHead();
}
