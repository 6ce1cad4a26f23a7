package org.pana.core.casefile;

import java.util.List;

/** A case as typed or sent, validated by {@link Cases}. */
public record CaseDraft(
    String title,
    List<String> personIds,
    String organisationId,
    List<String> volunteers,
    String status,
    List<String> risks,
    String summary,
    List<String> sharedWith,
    String timeZone) {

  /** A draft without a time zone of its own (the procedure's is used). */
  public CaseDraft(
      String title,
      List<String> personIds,
      String organisationId,
      List<String> volunteers,
      String status,
      List<String> risks,
      String summary,
      List<String> sharedWith) {
    this(title, personIds, organisationId, volunteers, status, risks, summary, sharedWith, null);
  }

  public CaseDraft {
    personIds = personIds == null ? List.of() : personIds;
    volunteers = volunteers == null ? List.of() : volunteers;
    risks = risks == null ? List.of() : risks;
    sharedWith = sharedWith == null ? List.of() : sharedWith;
  }
}
