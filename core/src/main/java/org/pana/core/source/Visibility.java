package org.pana.core.source;

/**
 * Who may see a claim. Enforced on every read path once accounts exist; recorded from the start so
 * that nothing has to be reclassified later.
 */
public enum Visibility {
  /** The case team only. */
  PRIVATE,
  /** Everyone in the owning organisation. */
  ORGANISATION,
  /** Partner organisations the case is shared with. */
  PARTNER,
  /** Fit for publication (still subject to consent). */
  PUBLIC
}
