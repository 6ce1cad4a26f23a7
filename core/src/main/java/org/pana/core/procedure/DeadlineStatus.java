package org.pana.core.procedure;

/**
 * Where a deadline stands. The day it is measured against is {@link Deadline#due()}; for a deadline
 * counted from a partial date that is the earliest day it may fall on, and the status is marked
 * approximate with it.
 */
public enum DeadlineStatus {
  /** Not met yet, and not past its day. */
  OPEN,
  /** Met on or before its day (by a step, or because it is no longer needed). */
  MET,
  /** Met, but after its day ({@link Deadline#daysLate()} says by how many days). */
  LATE,
  /** Not met, and past its day ({@link Deadline#daysLate()} says by how many days today). */
  OVERDUE;

  /** Whether it is still to be done (open or overdue), as opposed to met, on time or late. */
  public boolean pending() {
    return this == OPEN || this == OVERDUE;
  }
}
