package org.pana.app.web;

import org.pana.core.problem.ValidationFailed;

/** Reads the revision a client based its change on from an {@code If-Match} header. */
public final class Revisions {

  private Revisions() {}

  /**
   * The revision in the header. A change without one is refused: two scripts changing the same
   * record would otherwise overwrite each other unnoticed.
   */
  public static int fromIfMatch(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new PreconditionRequired();
    }
    String value = ifMatch.strip().replace("W/", "").replace("\"", "");
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new ValidationFailed(
          "If-Match", "revision", "Send the revision number from the ETag, e.g. If-Match: \"3\".");
    }
  }

  /** A change arrived without {@code If-Match}. */
  public static final class PreconditionRequired extends RuntimeException {
    PreconditionRequired() {
      super(
          "Send the revision your change is based on: If-Match with the ETag of your last read,"
              + " e.g. If-Match: \"3\".");
    }
  }
}
