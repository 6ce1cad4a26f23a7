package org.pana.core.procedure;

import java.time.Period;
import java.util.List;

/**
 * A step due within a period of another.
 *
 * @param kind what is due, e.g. {@code petition}, {@code decision}
 * @param after the step that starts the clock
 * @param alsoAfter a step that starts it when {@code after} is not recorded (may be null)
 * @param due the steps that meet it (any one of them)
 * @param within how long after; P0D means the same day
 * @param extendedBy a step that extends the limit (may be null)
 * @param extendedTo the limit once extended, counted from the same start (may be null)
 * @param lateAnomaly the anomaly to flag when the limit is passed (may be null)
 * @param rule where the limit comes from
 */
public record TimeLimit(
    String kind,
    StepType after,
    StepType alsoAfter,
    List<StepType> due,
    Period within,
    StepType extendedBy,
    Period extendedTo,
    String lateAnomaly,
    Rule rule) {

  public TimeLimit {
    due = List.copyOf(due);
  }
}
