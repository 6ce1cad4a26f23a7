package org.pana.core.procedure;

/** A dated step of a case through the asylum procedure and what runs beside it. */
public enum StepType {
  /** Arrived in the country through a border post (the 5-day petition clock starts). */
  ARRIVED,
  /** Crossed the border irregularly or by force (the 24-hour petition clock starts). */
  CROSSED_IRREGULARLY,
  PETITION_SUBMITTED,
  PETITION_REGISTERED,
  /** The first asylum-seeker certificate. */
  CERTIFICATE_ISSUED,
  /** A new asylum-seeker certificate replacing an expiring one. */
  CERTIFICATE_REISSUED,
  FINGERPRINTED,
  INTERVIEWED,
  /** The decision was postponed for further checks (at most to one year from registration). */
  DECISION_POSTPONED,
  STATUS_GRANTED,
  STATUS_REFUSED,
  DECISION_NOTIFIED,
  APPEAL_FILED,
  HEARING,
  JUDGMENT,
  STATUS_RENEWED,
  STATUS_WITHDRAWN,
  CRIMINAL_CASE_OPENED,
  CRIMINAL_VERDICT,
  EXPULSION_ORDERED,
  DEPORTATION_ORDERED,
  RESETTLED,
  CITIZENSHIP_APPLIED,
  KANDAS_APPLIED
}
