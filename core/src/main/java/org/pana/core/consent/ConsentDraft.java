package org.pana.core.consent;

import java.util.List;

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
 * @param scripts for publication with name: the scripts the name may be shown in (ISO 15924 codes;
 *     none for every script)
 */
public record ConsentDraft(
    String scope,
    String partnerOrganisationId,
    String pseudonym,
    String given,
    String obtainedHow,
    String evidenceId,
    String note,
    List<String> scripts) {

  /** A consent that names no scripts. */
  public ConsentDraft(
      String scope,
      String partnerOrganisationId,
      String pseudonym,
      String given,
      String obtainedHow,
      String evidenceId,
      String note) {
    this(scope, partnerOrganisationId, pseudonym, given, obtainedHow, evidenceId, note, null);
  }
}
