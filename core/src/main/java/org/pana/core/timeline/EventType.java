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
  OTHER;

  /**
   * Whether an event of this type can be recorded before it happens: a court sets a hearing's date
   * in advance. Every other type records something that has happened, so its date cannot lie after
   * today.
   */
  public boolean mayBePlanned() {
    return this == COURT_HEARING;
  }

  /**
   * Whether the event happens to the person themself, so that it cannot precede their birth. A
   * relative's detention may well have happened before the person was born.
   */
  public boolean needsThePersonBorn() {
    return this != RELATIVE_DETAINED;
  }
}
