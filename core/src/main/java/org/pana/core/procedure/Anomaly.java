package org.pana.core.procedure;

import java.time.LocalDate;

/**
 * Something in a case's steps that breaks a rule: flagged for a volunteer to look at, never a
 * refusal to record it. Every anomaly comes from a deadline that is late or overdue, so the two
 * always agree.
 *
 * @param code e.g. {@code late-petition}, {@code certificate-not-same-day}, {@code
 *     decision-overdue}, {@code certificate-lapsed}
 * @param on the day it happened (or was noticed)
 * @param rule the rule it breaks
 * @param days by how many days
 * @param deadline the late or overdue deadline it comes from
 */
public record Anomaly(String code, LocalDate on, Rule rule, long days, Deadline deadline) {

  /** Whether a date it depends on is partial, so the days are approximate. */
  public boolean approximate() {
    return deadline.approximate();
  }
}
