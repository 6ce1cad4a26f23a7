package org.pana.core.procedure;

import java.util.Set;
import org.pana.core.date.PartialDate;
import org.pana.core.record.RecordKind;
import org.pana.core.record.Recorded;

/**
 * A step of a case through the procedure, as recorded: it belongs to the case (and so to the case's
 * organisation and whoever the case is shared with).
 *
 * @param id record id
 * @param caseId the case
 * @param type the step
 * @param date when (possibly partial)
 * @param sourceId where the date is known from, or null
 * @param note free text, or null
 * @param overrideReason why it was recorded although the procedure does not expect it here, or null
 * @param place where it happened (the town of the petition decides the regional department), or
 *     null
 * @param ground for a refusal, the id of the ground given, or null
 * @param eventId the timeline event the step was taken from, or null
 */
public record CaseStep(
    String id,
    String caseId,
    StepType type,
    PartialDate date,
    String sourceId,
    String note,
    String overrideReason,
    String place,
    String ground,
    String eventId)
    implements Recorded {

  public static final RecordKind<CaseStep> KIND =
      RecordKind.of("step", CaseStep.class, s -> Set.of(s.caseId()));

  /** As the calculator takes it. */
  public Step step() {
    return new Step(type, date, sourceId, note, overrideReason, place, ground);
  }
}
