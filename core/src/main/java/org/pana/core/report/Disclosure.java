package org.pana.core.report;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.pana.core.record.RecordKind;
import org.pana.core.record.Recorded;

/**
 * One release of an approved report: the disclosure ledger's entry. It belongs to its people's
 * organisation and is listed on each of their pages.
 *
 * @param id record id
 * @param reportId the report released
 * @param caseId its case
 * @param personIds the people it is about
 * @param recipientKind what kind of recipient
 * @param recipient who, in words (an outlet, a UN body, a partner)
 * @param date the day it was released
 * @param hash the version released (the report's hash)
 * @param consentIds the consents it was released under
 * @param releasedBy who released it
 * @param note free text, or null
 */
public record Disclosure(
    String id,
    String reportId,
    String caseId,
    List<String> personIds,
    RecipientKind recipientKind,
    String recipient,
    LocalDate date,
    String hash,
    List<String> consentIds,
    String releasedBy,
    String note)
    implements Recorded {

  public static final RecordKind<Disclosure> KIND =
      RecordKind.of("disclosure", Disclosure.class, Disclosure::linkedIds);

  public Disclosure {
    personIds = List.copyOf(personIds);
    consentIds = List.copyOf(consentIds);
  }

  private Set<String> linkedIds() {
    Set<String> ids = new HashSet<>(personIds);
    ids.add(reportId);
    return ids;
  }
}
