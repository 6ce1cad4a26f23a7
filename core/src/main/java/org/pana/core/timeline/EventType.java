package org.pana.core.timeline;

/**
 * What happened. The vocabulary follows the stories volunteers record (DOMAIN.md §1): life in
 * Xinjiang, pressure and detention, flight, and the asylum procedure in Kazakhstan.
 */
public enum EventType {
  BIRTH,
  MARRIAGE,
  EMIGRATED,
  TRAVELLED,
  DOCUMENT_CONFISCATED,
  SURVEILLED,
  DETAINED,
  INTERROGATED,
  ILL_TREATMENT_ALLEGED,
  RELATIVE_DETAINED,
  RELEASED,
  BORDER_CROSSED_IRREGULARLY,
  ARRIVED,
  PETITION_SUBMITTED,
  PETITION_REGISTERED,
  CERTIFICATE_ISSUED,
  INTERVIEWED,
  DECISION,
  APPEAL_FILED,
  COURT_HEARING,
  CRIMINAL_CASE_OPENED,
  RELOCATED,
  DEATH,
  OTHER
}
