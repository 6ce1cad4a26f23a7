package org.pana.core.audit;

import java.time.Instant;

/**
 * A filter over the audit log; null fields match everything.
 *
 * @param actor the account id that acted
 * @param action what it did
 * @param subjectId the record acted on
 * @param from entries at or after this instant
 * @param until entries before this instant
 * @param offset entries to skip (newest first)
 * @param limit at most this many, 1 to 500
 */
public record AuditQuery(
    String actor,
    AuditAction action,
    String subjectId,
    Instant from,
    Instant until,
    int offset,
    int limit) {

  public AuditQuery {
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative");
    }
    if (limit < 1 || limit > 500) {
      throw new IllegalArgumentException("limit must be between 1 and 500");
    }
  }
}
