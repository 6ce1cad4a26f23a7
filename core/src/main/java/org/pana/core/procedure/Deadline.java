package org.pana.core.procedure;

import java.time.LocalDate;
import java.time.Period;

/**
 * A computed deadline or expiry, with the rule that produced it.
 *
 * @param kind what is due, e.g. {@code decision}, {@code asylum-seeker-certificate}
 * @param due the last day
 * @param status open, met or overdue
 * @param rule the rule it comes from (its confidence says whether it is verified)
 * @param from the step it is counted from
 * @param fromDate the day it is counted from (the earliest possible, for a partial date)
 * @param period how long after
 * @param approximate whether the starting date was partial, so the deadline is approximate
 * @param metOn the day it was met, or null
 * @param procedure the procedure definition it was computed under (id)
 */
public record Deadline(
    String kind,
    LocalDate due,
    DeadlineStatus status,
    Rule rule,
    StepType from,
    LocalDate fromDate,
    Period period,
    boolean approximate,
    LocalDate metOn,
    String procedure) {

  /** Whether the rule is unconfirmed. */
  public boolean unverified() {
    return rule.unverified();
  }

  /**
   * The reasoning, e.g. "asylum-seeker-certificate due 2020-03-25: 3 months from CERTIFICATE_ISSUED
   * on 2019-12-25 (asylum-seeker-certificate-validity)".
   */
  public String basis() {
    return kind
        + " due "
        + due
        + (approximate ? " (approximate)" : "")
        + ": "
        + Periods.words(period)
        + " from "
        + from
        + " on "
        + fromDate
        + " ("
        + rule.id()
        + (unverified() ? ", unverified" : "")
        + ")";
  }
}
