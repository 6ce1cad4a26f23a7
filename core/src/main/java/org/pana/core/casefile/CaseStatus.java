package org.pana.core.casefile;

/** Where a case stands in the volunteers' work (not the asylum procedure's stage). */
public enum CaseStatus {
  INTAKE,
  OPEN,
  ON_HOLD,
  CLOSED
}
