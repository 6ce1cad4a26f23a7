package org.pana.core.access;

import java.util.Set;

/**
 * Which records a reader may see. Organisations are compartments: a record belongs to the
 * organisation it was recorded for (a case to its owning organisation; an event, document or source
 * to its person's), and is also visible to the organisations a case containing it is shared with.
 * Organisation records themselves are visible to everyone.
 *
 * <p>The store applies the scope of the current reader to every read, so that no read path (page,
 * API, search, export) can forget it.
 *
 * @param everything whether all records are visible (administrators, maintenance)
 * @param organisations the reader's organisations; when empty, the reader sees the records that
 *     belong to no organisation (a group that has not set up organisations yet)
 * @param team whether the reader works on cases (caseworker or coordinator) rather than only reads
 *     them (viewer): only the team sees private fields
 */
public record Scope(boolean everything, Set<String> organisations, boolean team) {

  /** Kinds of record everyone may see: the organisations (compartments) themselves. */
  public static final Set<String> PUBLIC_KINDS = Set.of("organisation");

  public Scope {
    organisations = Set.copyOf(organisations);
  }

  /** Every record. */
  public static Scope all() {
    return new Scope(true, Set.of(), true);
  }

  /**
   * Nothing but the organisations themselves (no one logged in). The marker is not a record id, so
   * it matches no record's organisation.
   */
  public static Scope none() {
    return new Scope(false, Set.of("none"), false);
  }

  /** The records of these organisations (or, for no organisation, the unassigned records). */
  public static Scope of(Set<String> organisations) {
    return new Scope(false, organisations, true);
  }

  /** The records of these organisations, for a reader who does not work on them (a viewer). */
  public static Scope reading(Set<String> organisations) {
    return new Scope(false, organisations, false);
  }

  /** How this reader stands to a record of compartment {@code organisation} that they can see. */
  public Audience audienceFor(String organisation) {
    if (everything) {
      return Audience.EVERYTHING;
    }
    boolean own =
        organisation == null ? organisations.isEmpty() : organisations.contains(organisation);
    if (!own) {
      return Audience.PARTNER;
    }
    return team ? Audience.TEAM : Audience.MEMBER;
  }
}
