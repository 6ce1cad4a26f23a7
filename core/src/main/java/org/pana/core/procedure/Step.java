package org.pana.core.procedure;

import org.pana.core.date.PartialDate;

/**
 * A step taken in a case, with its date (possibly partial) and where that is known from.
 *
 * @param type the step
 * @param date when (a partial date makes the deadlines counted from it approximate)
 * @param sourceId the source the date comes from, or null
 * @param note free text, or null
 * @param overrideReason why a step the procedure does not expect here was recorded, or null
 * @param place where it happened (e.g. the town where the petition was filed), or null
 * @param ground for a refusal, the id of the ground given (a rule of the procedure), or null
 */
public record Step(
    StepType type,
    PartialDate date,
    String sourceId,
    String note,
    String overrideReason,
    String place,
    String ground) {

  public static Step on(StepType type, String date) {
    return new Step(type, PartialDate.parse(date), null, null, null, null, null);
  }
}
