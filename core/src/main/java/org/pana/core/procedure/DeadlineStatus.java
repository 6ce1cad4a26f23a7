package org.pana.core.procedure;

/**
 * Where a deadline stands: still open, met (by a step or because it is no longer needed), or
 * overdue.
 */
public enum DeadlineStatus {
  OPEN,
  MET,
  OVERDUE
}
