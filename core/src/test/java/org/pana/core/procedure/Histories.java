package org.pana.core.procedure;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Case histories assessed on the shipped Kazakhstan definitions, written as the tests' tables write
 * them: {@code "BORDER_CROSSED_IRREGULARLY 2019-01-19; PETITION_SUBMITTED 2019-12-19"}.
 */
final class Histories {

  static final Procedures KZ = Procedures.shipped();

  private Histories() {}

  /** The steps written as {@code TYPE date}, separated by semicolons. */
  static List<Step> steps(String written) {
    return Arrays.stream(written.split(";"))
        .map(String::strip)
        .map(s -> Step.on(StepType.valueOf(s.split(" ")[0]), s.split(" ")[1]))
        .toList();
  }

  /** The assessment on {@code today} of the steps written as {@code TYPE date; TYPE date}. */
  static Assessment assess(String today, String steps) {
    return assess(LocalDate.parse(today), steps(steps));
  }

  static Assessment assess(LocalDate today, List<Step> steps) {
    return Assessment.of(KZ, "KZ", steps, today);
  }

  /** The last deadline of a kind in the assessment; the test fails when there is none. */
  static Deadline deadline(Assessment assessment, String kind) {
    return assessment.deadlines().stream()
        .filter(d -> d.kind().equals(kind))
        .reduce((a, b) -> b)
        .orElseThrow(() -> new AssertionError("no " + kind + " in " + assessment.deadlines()));
  }
}
