package org.pana.core.need;

import java.util.List;

/**
 * A need as submitted, raw values checked by {@link Needs}.
 *
 * @param personIds the people it concerns (the person in the URL is added)
 * @param category a {@link NeedCategory} code
 * @param urgency an {@link Urgency} code (default MEDIUM)
 * @param status a {@link NeedStatus} code (default OPEN)
 * @param description what is needed
 * @param referrals referrals
 * @param tasks follow-up tasks
 */
public record NeedDraft(
    List<String> personIds,
    String category,
    String urgency,
    String status,
    String description,
    List<ReferralDraft> referrals,
    List<TaskDraft> tasks) {

  public NeedDraft {
    personIds = personIds == null ? List.of() : personIds;
    referrals = referrals == null ? List.of() : referrals;
    tasks = tasks == null ? List.of() : tasks;
  }

  /**
   * A referral as submitted.
   *
   * @param organisationId a provider organisation's id (optional)
   * @param provider the provider in words (optional; one of the two is required)
   * @param date when (partial date)
   * @param status a {@link ReferralStatus} code (default PROPOSED)
   * @param note free text
   */
  public record ReferralDraft(
      String organisationId, String provider, String date, String status, String note) {}

  /**
   * A task as submitted.
   *
   * @param title what to do
   * @param due yyyy-mm-dd
   * @param assignee a login name (optional)
   * @param done whether it is done
   */
  public record TaskDraft(String title, String due, String assignee, Boolean done) {}
}
