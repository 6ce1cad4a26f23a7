package org.pana.core.need;

/** Where a need stands. */
public enum NeedStatus {
  OPEN,
  REFERRED,
  IN_PROGRESS,
  MET,
  CLOSED_UNMET
}
