package org.pana.core.problem;

/** Stored data is not what it should be: a broken history, an unreadable record. */
public final class IntegrityViolation extends PanaException {

  public IntegrityViolation(String message) {
    super(message);
  }

  public IntegrityViolation(String message, Throwable cause) {
    super(message, cause);
  }
}
