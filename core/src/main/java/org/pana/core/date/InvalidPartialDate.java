package org.pana.core.date;

/**
 * Text that is not a partial date we accept. The message is one plain-English sentence (or two)
 * that says what was wrong and how to write it instead, fit to show to a volunteer.
 *
 * <p>Stable: the type and the fact that the message is user-facing are part of the API; the exact
 * wording is not.
 */
public final class InvalidPartialDate extends IllegalArgumentException {

  static final String HOW_TO_WRITE = "Use EDTF: 1982, 1982-03, 1982-03-15, 1982~ or 1980/1985.";

  InvalidPartialDate(String message) {
    super(message);
  }
}
