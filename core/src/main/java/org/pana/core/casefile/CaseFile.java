package org.pana.core.casefile;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.pana.core.access.Sharing;
import org.pana.core.record.RecordKind;
import org.pana.core.record.Recorded;

/**
 * An asylum or protection case: one or more people, the organisation that owns the case, the
 * volunteers working on it, its status and its risks.
 *
 * @param id record id
 * @param title a short working title (no full names: titles show up in lists)
 * @param personIds the people in the case, at least one
 * @param organisationId the owning organisation
 * @param volunteers the assigned volunteers (account names once accounts exist)
 * @param status where the case stands
 * @param risks what to watch out for
 * @param summary a short summary for the team
 * @param sharedWith further organisations that may see the case and its people (partners)
 * @param timeZone the zone the case's dates are counted in (e.g. {@code Asia/Almaty}); null for the
 *     procedure's own
 */
public record CaseFile(
    String id,
    String title,
    List<String> personIds,
    String organisationId,
    List<String> volunteers,
    CaseStatus status,
    Set<RiskFlag> risks,
    String summary,
    Set<String> sharedWith,
    String timeZone)
    implements Recorded {

  public static final RecordKind<CaseFile> KIND =
      RecordKind.of("case", CaseFile.class, CaseFile::linkedIds).sharedBy(CaseFile::sharing);

  /** A case counted in its procedure's time zone. */
  public CaseFile(
      String id,
      String title,
      List<String> personIds,
      String organisationId,
      List<String> volunteers,
      CaseStatus status,
      Set<RiskFlag> risks,
      String summary,
      Set<String> sharedWith) {
    this(
        id, title, personIds, organisationId, volunteers, status, risks, summary, sharedWith, null);
  }

  public CaseFile {
    personIds = List.copyOf(personIds);
    volunteers = List.copyOf(volunteers);
    risks = Set.copyOf(risks);
    sharedWith = sharedWith == null ? Set.of() : Set.copyOf(sharedWith);
  }

  /** The same case, owned by {@code organisationId} and shared with {@code partners}. */
  public CaseFile withSharing(String organisationId, Set<String> partners) {
    return new CaseFile(
        id,
        title,
        personIds,
        organisationId,
        volunteers,
        status,
        risks,
        summary,
        partners,
        timeZone);
  }

  /** The owner and every partner see the case and its people. */
  private Sharing sharing() {
    Set<String> organisations = new HashSet<>(sharedWith);
    if (organisationId != null) {
      organisations.add(organisationId);
    }
    return new Sharing(organisationId, organisations, Set.copyOf(personIds));
  }

  private Set<String> linkedIds() {
    Set<String> ids = new HashSet<>(personIds);
    if (organisationId != null) {
      ids.add(organisationId);
    }
    return ids;
  }
}
