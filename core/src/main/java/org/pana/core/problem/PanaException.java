package org.pana.core.problem;

/**
 * The root of Pana's small error hierarchy. Each subtype is mapped to an HTTP problem type in
 * exactly one place in the web layer. Messages say what was wrong and how to fix it; they never
 * echo private data such as names or identifiers.
 */
public abstract sealed class PanaException extends RuntimeException
    permits NotFound, ValidationFailed, Conflict, IntegrityViolation, Locked {

  protected PanaException(String message) {
    super(message);
  }

  protected PanaException(String message, Throwable cause) {
    super(message, cause);
  }
}
