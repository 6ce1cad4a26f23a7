package org.pana.app.audit;

import java.util.List;
import org.pana.app.acting.Author;
import org.pana.core.audit.AuditAction;
import org.pana.core.audit.AuditLog;
import org.pana.core.record.Recorded;
import org.pana.core.record.Stored;
import org.springframework.stereotype.Component;

/**
 * Records the reads of lists and search results: every person or case shown leaves an audit entry
 * (in one commit per list, shared with other reads at the same moment), as single-record reads do
 * through {@link ReadAudit}.
 */
@Component
public class ReadTrail {

  private final AuditLog audit;
  private final Author author;

  public ReadTrail(AuditLog audit, Author author) {
    this.audit = audit;
    this.author = author;
  }

  /** Audits the rows as read by the current account and returns them. */
  public <T extends Recorded> List<Stored<T>> shown(List<Stored<T>> rows) {
    audit.appendGrouped(
        author.current().accountId(),
        AuditAction.RECORD_READ,
        rows.stream().map(row -> row.value().id()).toList());
    return rows;
  }
}
