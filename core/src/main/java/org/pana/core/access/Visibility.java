package org.pana.core.access;

/**
 * Who may see a claim or an event. The record store applies it on every read path (pages, API,
 * search, exports): a field the reader may not see is simply absent.
 */
public enum Visibility {
  /** The case team only. */
  PRIVATE,
  /** Everyone in the owning organisation. */
  ORGANISATION,
  /** Partner organisations the case is shared with. */
  PARTNER,
  /** Fit for publication (still subject to consent). */
  PUBLIC;

  /** Whether a reader in this position sees what carries this visibility. */
  public boolean visibleTo(Audience audience) {
    return switch (this) {
      case PRIVATE -> audience.seesAll();
      case ORGANISATION -> audience != Audience.PARTNER;
      case PARTNER, PUBLIC -> true;
    };
  }
}
