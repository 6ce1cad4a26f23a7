package org.pana.core.problem;

/** A write lost a race with another write, or would break a uniqueness rule. */
public final class Conflict extends PanaException {

  public Conflict(String message) {
    super(message);
  }
}
