package org.pana.app.web;

import java.util.function.IntSupplier;
import org.pana.core.problem.ValidationFailed;

/** Reads the revision a client based its change on from an {@code If-Match} header. */
public final class Revisions {

  private Revisions() {}

  /** The revision in the header, or the current one when the client sent none. */
  public static int fromIfMatch(String ifMatch, IntSupplier current) {
    if (ifMatch == null || ifMatch.isBlank()) {
      return current.getAsInt();
    }
    String value = ifMatch.strip().replace("W/", "").replace("\"", "");
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new ValidationFailed(
          "If-Match", "revision", "Send the revision number from the ETag, e.g. If-Match: \"3\".");
    }
  }
}
