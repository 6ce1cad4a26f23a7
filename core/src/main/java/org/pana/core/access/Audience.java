package org.pana.core.access;

/**
 * How a reader stands to one record, which decides which of its fields they see.
 *
 * <ul>
 *   <li>{@code EVERYTHING}: administrators.
 *   <li>{@code TEAM}: caseworkers and coordinators of the record's own organisation.
 *   <li>{@code MEMBER}: viewers of the record's own organisation.
 *   <li>{@code PARTNER}: members of an organisation a case containing the record is shared with.
 * </ul>
 */
public enum Audience {
  EVERYTHING,
  TEAM,
  MEMBER,
  PARTNER;

  /** Whether this audience sees every field, and so may also change the record. */
  public boolean seesAll() {
    return this == EVERYTHING || this == TEAM;
  }
}
