package org.pana.core.procedure;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;

/**
 * A computed deadline or expiry, with the rule that produced it.
 *
 * @param kind what is due, e.g. {@code decision}, {@code asylum-seeker-certificate}
 * @param due the last day (the earliest it may be, when counted from a partial date)
 * @param status open, met, late or overdue, measured against {@code due}
 * @param rule the rule it comes from (its confidence says whether it is verified)
 * @param from the step it is counted from
 * @param fromDate the day it is counted from (the earliest possible, for a partial date)
 * @param period how long after
 * @param approximate whether a date it depends on is partial, so its day and status are approximate
 * @param metOn the day it was met (on time or late), or null
 * @param metBy the step that met it, or null (also when it was met by no longer being needed)
 * @param daysLate for a late deadline the days between {@code due} and {@code metOn}, for an
 *     overdue one the days since {@code due}; 0 otherwise
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
    StepType metBy,
    long daysLate,
    String procedure) {

  /**
   * The status of a deadline due on {@code due}: met on {@code metOn} (null: not met), as of {@code
   * today}. One rule for every deadline, so that a status and an anomaly never disagree.
   */
  static DeadlineStatus statusOf(LocalDate due, LocalDate metOn, LocalDate today) {
    if (metOn != null) {
      return metOn.isAfter(due) ? DeadlineStatus.LATE : DeadlineStatus.MET;
    }
    return today.isAfter(due) ? DeadlineStatus.OVERDUE : DeadlineStatus.OPEN;
  }

  /** The days late or overdue that go with {@link #statusOf}. */
  static long daysLate(LocalDate due, LocalDate metOn, LocalDate today) {
    return switch (statusOf(due, metOn, today)) {
      case LATE -> ChronoUnit.DAYS.between(due, metOn);
      case OVERDUE -> ChronoUnit.DAYS.between(due, today);
      case OPEN, MET -> 0;
    };
  }

  /** Whether the rule is unconfirmed. */
  public boolean unverified() {
    return rule.unverified();
  }

  /**
   * The reasoning in codes, for the API, e.g. "asylum-seeker-certificate due 2020-03-25: 3 months
   * from CERTIFICATE_ISSUED on 2019-12-25 (asylum-seeker-certificate-validity)". Pages word it from
   * the message bundles.
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
