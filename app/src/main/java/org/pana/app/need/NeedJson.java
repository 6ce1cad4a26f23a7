package org.pana.app.need;

import java.util.List;
import org.pana.core.need.FollowUp;
import org.pana.core.need.Need;
import org.pana.core.need.Referral;
import org.pana.core.record.Stored;

/**
 * A need in the API.
 *
 * @param id the need's id
 * @param revision its revision (send it back in If-Match to change it)
 * @param personIds the people it concerns
 * @param category MEDICAL, HOUSING, LEGAL, FINANCIAL, DOCUMENTS, PSYCHOSOCIAL, EDUCATION, OTHER
 * @param urgency CRITICAL, HIGH, MEDIUM, LOW
 * @param status OPEN, REFERRED, IN_PROGRESS, MET, CLOSED_UNMET
 * @param description what is needed
 * @param referrals referrals made
 * @param tasks follow-up tasks
 */
record NeedJson(
    String id,
    int revision,
    List<String> personIds,
    String category,
    String urgency,
    String status,
    String description,
    List<ReferralJson> referrals,
    List<FollowUp> tasks) {

  /**
   * A referral.
   *
   * @param organisationId the provider organisation
   * @param provider the provider in words
   * @param date when (EDTF)
   * @param status PROPOSED, ACCEPTED, DECLINED, COMPLETED
   * @param note free text
   */
  record ReferralJson(
      String organisationId, String provider, String date, String status, String note) {
    static ReferralJson of(Referral r) {
      return new ReferralJson(
          r.organisationId(),
          r.provider(),
          r.date() == null ? null : r.date().toString(),
          r.status().name(),
          r.note());
    }
  }

  static NeedJson of(Stored<Need> stored) {
    Need need = stored.value();
    return new NeedJson(
        need.id(),
        stored.revision(),
        need.personIds(),
        need.category().name(),
        need.urgency().name(),
        need.status().name(),
        need.description(),
        need.referrals().stream().map(ReferralJson::of).toList(),
        need.tasks());
  }
}
