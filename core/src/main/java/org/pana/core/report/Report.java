package org.pana.core.report;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.pana.core.access.Sharing;
import org.pana.core.record.RecordKind;
import org.pana.core.record.Recorded;

/**
 * A report on a case. A draft is written afresh from the case each time it is read; approval
 * freezes its text and records the hash of that text. It belongs to its case's owning organisation,
 * whose members draft, read and approve it.
 *
 * @param id record id
 * @param caseId the case it tells
 * @param personIds the case's people when it was created
 * @param options what it is built from and how
 * @param status draft or approved
 * @param createdBy who asked for it
 * @param approvedBy who approved it (never its creator), or null
 * @param approvedAt when, or null
 * @param hash the SHA-256 of the approved text (as Markdown, without marks), or null
 * @param text the approved text, frozen; null for a draft
 * @param consentIds the consents the approved text relies on
 * @param detailed the people the approved text tells of in detail: none may since have been flagged
 *     at risk when it is released
 * @param organisationId the organisation whose report it is (its case's owner when written); null
 *     for a report of a case of no organisation, or one stored before this was recorded
 */
public record Report(
    String id,
    String caseId,
    List<String> personIds,
    ReportOptions options,
    ReportStatus status,
    String createdBy,
    String approvedBy,
    Instant approvedAt,
    String hash,
    ReportText text,
    List<String> consentIds,
    List<String> detailed,
    String organisationId)
    implements Recorded {

  /** Reports are kept in their organisation's compartment, not in that of one of their people. */
  public static final RecordKind<Report> KIND =
      RecordKind.of("report", Report.class, Report::linkedIds).sharedBy(Report::sharing);

  public Report {
    personIds = List.copyOf(personIds);
    consentIds = consentIds == null ? List.of() : List.copyOf(consentIds);
    detailed = detailed == null ? List.of() : List.copyOf(detailed);
  }

  /** A draft: not approved, so no approver, hash, frozen text, consents or people told of. */
  public static Report draft(
      String id,
      String caseId,
      List<String> personIds,
      ReportOptions options,
      String createdBy,
      String organisationId) {
    return new Report(
        id,
        caseId,
        personIds,
        options,
        ReportStatus.DRAFT,
        createdBy,
        null,
        null,
        null,
        null,
        List.of(),
        List.of(),
        organisationId);
  }

  private Sharing sharing() {
    return new Sharing(
        organisationId, organisationId == null ? Set.of() : Set.of(organisationId), Set.of());
  }

  private Set<String> linkedIds() {
    Set<String> ids = new HashSet<>(personIds);
    ids.add(caseId);
    return ids;
  }
}
