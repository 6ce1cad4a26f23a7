package org.pana.core.procedure;

/**
 * One rule of a procedure, with where it comes from.
 *
 * @param id stable id, e.g. {@code decision-within-three-months}
 * @param title what the rule says, in a sentence
 * @param source the law, regulation or document it comes from (with a link where there is one)
 * @param confidence how sure it is; {@code U} rules are shown with an "unverified" badge
 */
public record Rule(String id, String title, String source, Confidence confidence) {

  /** Whether the rule is unconfirmed and must be shown as such. */
  public boolean unverified() {
    return confidence == Confidence.U;
  }
}
