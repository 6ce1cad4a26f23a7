package org.pana.core.record;

import java.time.Instant;
import java.util.List;

/**
 * One immutable step in a record's history. The current state of a record is the body of its latest
 * revision; earlier ones are never changed.
 *
 * @param recordId the record this revision belongs to
 * @param recordType the record's kind, e.g. {@code person}
 * @param number 1 for the creation, then consecutive
 * @param recordedAt when the revision was written
 * @param author who wrote it
 * @param reason why, when given
 * @param changedFields the top-level fields whose value differs from the previous revision (all
 *     fields for the first revision; none for a retraction or a restoration)
 * @param action what the revision did to the record
 */
public record Revision(
    String recordId,
    String recordType,
    int number,
    Instant recordedAt,
    String author,
    String reason,
    List<String> changedFields,
    Action action) {

  /** What a revision did: created or changed the record, or retracted or restored it. */
  public enum Action {
    CREATED,
    CHANGED,
    RETRACTED,
    RESTORED
  }

  public Revision {
    changedFields = List.copyOf(changedFields);
    if (action == null) {
      action = number == 1 ? Action.CREATED : Action.CHANGED;
    }
  }

  /** A revision that created or changed the record. */
  public Revision(
      String recordId,
      String recordType,
      int number,
      Instant recordedAt,
      String author,
      String reason,
      List<String> changedFields) {
    this(recordId, recordType, number, recordedAt, author, reason, changedFields, null);
  }

  public boolean isCreation() {
    return number == 1;
  }
}
