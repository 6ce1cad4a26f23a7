package org.pana.core.consent;

/**
 * A consent as submitted, raw values checked by {@link Consents}.
 *
 * @param scope a {@link ConsentScope} code
 * @param partnerOrganisationId the partner organisation's id (required for sharing)
 * @param pseudonym the pseudonym (required for publication under a pseudonym)
 * @param given yyyy-mm-dd
 * @param obtainedHow an {@link ObtainedHow} code
 * @param evidenceId the id of an evidence file of the person (optional)
 * @param note free text (optional)
 */
public record ConsentDraft(
    String scope,
    String partnerOrganisationId,
    String pseudonym,
    String given,
    String obtainedHow,
    String evidenceId,
    String note) {}
