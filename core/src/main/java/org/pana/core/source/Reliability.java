package org.pana.core.source;

/**
 * How far a source can be trusted, graded A–F as in the NATO "Admiralty" system that documentation
 * projects commonly use. The grade is about the source, not about one statement.
 */
public enum Reliability {
  /** A: no doubt about authenticity, trustworthiness or competence; history of full reliability. */
  A,
  /** B: minor doubt; mostly valid information in the past. */
  B,
  /** C: doubt; has provided valid information in the past. */
  C,
  /** D: significant doubt; has provided valid information in the past. */
  D,
  /** E: lacking authenticity, trustworthiness and competence; history of invalid information. */
  E,
  /** F: reliability cannot be judged (a new source). */
  F
}
