package org.pana.core.procedure;

/**
 * A step as submitted: raw values, checked by {@link CaseProcedures#record}.
 *
 * @param type a {@link StepType} code, e.g. {@code CERTIFICATE_ISSUED}
 * @param date a partial date ({@code 2019-12-25}, {@code 2019-12}, {@code 2019})
 * @param sourceId the source of the date (optional)
 * @param note free text (optional)
 * @param overrideReason why the step is recorded although the procedure does not expect it after
 *     the case's last step (required only then)
 * @param place where it happened (optional; the town of the petition decides the regional
 *     department)
 * @param ground for a refusal: the id of the ground given (optional)
 * @param eventId an event on the timeline of one of the case's people that this step is taken from
 *     (optional): its type, date, place and source are the step's unless given here
 */
public record StepDraft(
    String type,
    String date,
    String sourceId,
    String note,
    String overrideReason,
    String place,
    String ground,
    String eventId) {

  /** A step typed in full, not taken from an event. */
  public StepDraft(
      String type,
      String date,
      String sourceId,
      String note,
      String overrideReason,
      String place,
      String ground) {
    this(type, date, sourceId, note, overrideReason, place, ground, null);
  }
}
