package org.pana.core.report;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Why a report may not be approved or released on a day: a code with the person, consent and days
 * it concerns, which a page words in its reader's language ({@code report.blocker.<code>} in the
 * interface's bundles), and the same in English words ({@link #text()}) for the API, as a field's
 * problem carries its code and its English message.
 *
 * @param code {@code no_consent} (no consent to publication from the person the account is about),
 *     {@code consent_gone} (a consent it relies on is no longer recorded), {@code consent_lapsed}
 *     (one does not hold on the day), {@code consent_withdrawn} (one was withdrawn) or {@code
 *     at_risk} (someone it tells of in detail has since been flagged at risk)
 * @param personId whom it concerns, or null when that is not known ({@code consent_gone})
 * @param consentId the consent it concerns, or null ({@code no_consent}, {@code at_risk})
 * @param day the day the report was judged for
 * @param withdrawn the day the consent was withdrawn, or null
 * @param text what it says in English
 */
public record Blocker(
    String code,
    String personId,
    String consentId,
    LocalDate day,
    LocalDate withdrawn,
    String text) {

  public Blocker {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(text, "text");
  }

  /**
   * No consent to publication holds for the person the account is about.
   *
   * @param label how the report calls them instead (“the person”), in the report's language
   */
  static Blocker noConsent(String personId, String label, LocalDate day) {
    return new Blocker(
        "no_consent",
        personId,
        null,
        day,
        null,
        "No consent to publication (by name or under a pseudonym) from “"
            + label
            + "” (person "
            + personId
            + "), whom the account is about, holds on "
            + day
            + ": record their consent, or choose whom the account is about.");
  }

  /** A consent the report relies on is no longer recorded (it was retracted or erased). */
  static Blocker consentGone(String consentId, LocalDate day) {
    return new Blocker(
        "consent_gone",
        null,
        consentId,
        day,
        null,
        "A consent this report relies on (" + consentId + ") is no longer recorded.");
  }

  /**
   * A consent the report relies on does not hold on the day: withdrawn, or not yet or no longer.
   */
  static Blocker consentLapsed(
      String personId, String consentId, LocalDate day, LocalDate withdrawn) {
    return new Blocker(
        withdrawn != null ? "consent_withdrawn" : "consent_lapsed",
        personId,
        consentId,
        day,
        withdrawn,
        "The consent of person "
            + personId
            + " that this report relies on does not hold on "
            + day
            + (withdrawn != null ? " (withdrawn on " + withdrawn + ")." : "."));
  }

  /** Someone the report tells of in detail has since been flagged at risk. */
  static Blocker atRisk(String personId, LocalDate day) {
    return new Blocker(
        "at_risk",
        personId,
        null,
        day,
        null,
        "Someone this report tells of in detail (person "
            + personId
            + ") has since been flagged at risk: draft it again.");
  }
}
