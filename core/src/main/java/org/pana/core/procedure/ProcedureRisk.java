package org.pana.core.procedure;

/** Risks a case's steps show. */
public enum ProcedureRisk {
  /** An expulsion or deportation order. */
  REMOVAL_ORDER,
  /** A criminal case (e.g. for the border crossing) without a verdict yet. */
  OPEN_CRIMINAL_CASE,
  /** A certificate that ran out while still needed. */
  LAPSED_DOCUMENT,
  /** A decision later than the law allows. */
  DECISION_OVERDUE
}
