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
 */
public record StepDraft(
    String type,
    String date,
    String sourceId,
    String note,
    String overrideReason,
    String place,
    String ground) {}
