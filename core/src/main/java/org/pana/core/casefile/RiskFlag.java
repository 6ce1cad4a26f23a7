package org.pana.core.casefile;

/** Dangers the team must keep in view on a case. */
public enum RiskFlag {
  DEPORTATION_OR_EXPULSION_ORDER,
  CRIMINAL_CASE,
  DETAINED,
  DOCUMENTS_LAPSED,
  RELATIVES_AT_RISK,
  HEALTH,
  EVICTION
}
