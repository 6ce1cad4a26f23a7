package org.pana.core.audit;

import java.util.List;

/** The port to the append-only audit log. */
public interface AuditLog {

  /** Appends an entry chained to the last one, in the caller's transaction if there is one. */
  AuditEntry append(String actor, AuditAction action, String subjectId);

  /** Recomputes the whole chain from the first entry. */
  ChainCheck verify();

  /** The latest entries, newest first. */
  List<AuditEntry> latest(int limit);
}
