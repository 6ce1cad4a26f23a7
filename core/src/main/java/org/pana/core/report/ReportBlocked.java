package org.pana.core.report;

import org.pana.core.problem.ValidationFailed;

/**
 * A report may not be approved or released: a consent it needs does not hold, or someone it tells
 * of is now at risk. A validation failure of its {@code consent} ({@code no_consent}, the blocker's
 * English) for the API, carrying the {@link Blocker} so that a page says which consent and whose,
 * in its reader's language.
 */
public final class ReportBlocked extends ValidationFailed {

  private final Blocker blocker;

  public ReportBlocked(Blocker blocker) {
    super("consent", "no_consent", blocker.text());
    this.blocker = blocker;
  }

  /** What blocks the report. */
  public Blocker blocker() {
    return blocker;
  }
}
