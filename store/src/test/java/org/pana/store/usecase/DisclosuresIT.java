package org.pana.store.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pana.core.consent.ConsentDraft;
import org.pana.core.person.Relatives.RelativeDraft;
import org.pana.core.problem.FieldProblem;
import org.pana.core.problem.ValidationFailed;
import org.pana.core.record.Stored;
import org.pana.core.report.Disclosure;
import org.pana.core.report.Disclosures;
import org.pana.core.report.Disclosures.ReleaseDraft;
import org.pana.core.report.Report;
import org.pana.core.report.Reports;
import org.pana.core.timeline.EventDraft;
import org.pana.store.fixture.SqliteCasebook;

/**
 * The disclosure ledger ({@link Disclosures}) on a real SQLite casebook: only approved reports
 * leave, each release checks the consents at that moment, and releases made under a consent since
 * withdrawn are listed to ask back. All people here are fictional.
 */
class DisclosuresIT extends OnACasebook {

  private static final ReleaseDraft TO_A_JOURNALIST =
      new ReleaseDraft("JOURNALIST", "Example Daily (fictional)", null, null);

  private String person;
  private String consent;
  private String caseId;

  @BeforeEach
  void open() {
    String organisation = casebook.organisation("Ledger test group (fictional)");
    person = casebook.person("Айгүл Серікқызы", organisation);
    consent =
        casebook
            .consents
            .record(
                person,
                new ConsentDraft(
                    "PUBLICATION_UNDER_PSEUDONYM",
                    null,
                    "Aruzhan",
                    "2026-01-05",
                    "SIGNED_FORM",
                    null,
                    null),
                "test-clerk",
                SqliteCasebook.by("test-clerk"))
            .value()
            .id();
    caseId = casebook.openCase("Ledger case (test)", organisation, List.of(person), List.of());
  }

  @Test
  void anApprovedReportIsReleasedUnderItsHashAndConsents() {
    Report report = approved();

    Stored<Disclosure> released =
        casebook.disclosures.release(
            report.id(), TO_A_JOURNALIST, "coordinator", SqliteCasebook.by("coordinator"));

    assertThat(released.value().hash()).isEqualTo(report.hash());
    assertThat(released.value().consentIds()).containsExactly(consent);
    assertThat(released.value().date()).hasToString("2026-03-02");
    assertThat(casebook.disclosures.of(report.id())).hasSize(1);
    assertThat(casebook.disclosures.about(person)).hasSize(1);
    assertThat(casebook.disclosures.toRecall(person)).isEmpty();
  }

  @Test
  void aDraftDoesNotLeave() {
    Report draft =
        casebook.reports.create(caseId, request(), "drafter", SqliteCasebook.by("drafter")).value();

    ValidationFailed refused = refusedRelease(draft.id(), TO_A_JOURNALIST);

    assertThat(refused.problems()).extracting(FieldProblem::code).containsExactly("not_approved");
    assertThat(casebook.disclosures.of(draft.id())).isEmpty();
  }

  @Test
  void afterTheConsentIsWithdrawnNothingLeavesAndEarlierReleasesAreAskedBack() {
    Report report = approved();
    casebook.disclosures.release(
        report.id(), TO_A_JOURNALIST, "coordinator", SqliteCasebook.by("coordinator"));

    casebook.withdrawals.withdraw(consent, 1, "2026-03-02", SqliteCasebook.by("test-clerk"));
    ValidationFailed refused = refusedRelease(report.id(), TO_A_JOURNALIST);

    assertThat(refused.problems()).extracting(FieldProblem::code).containsExactly("no_consent");
    assertThat(refused.getMessage()).contains("withdrawn");
    assertThat(casebook.disclosures.of(report.id())).hasSize(1);
    List<Disclosures.Recall> recall = casebook.disclosures.toRecall(person);
    assertThat(recall).hasSize(1);
    assertThat(recall.getFirst().consent().id()).isEqualTo(consent);
  }

  @Test
  void someoneFlaggedAtRiskSinceApprovalBlocksTheRelease() {
    // the report tells the person's part in detail: an event of theirs that is public
    casebook.timeline.add(
        person,
        new EventDraft(
            "DOCUMENT_CONFISCATED", "2017-02", "Ghulja", null, List.of(), null, "PUBLIC"),
        SqliteCasebook.by("test-clerk"));
    Report report = approved();
    assertThat(report.detailed()).containsExactly(person);
    String cousin = casebook.person("Risk test cousin", null);
    casebook.relatives.record(
        cousin,
        new RelativeDraft(person, "OTHER_RELATIVE", true, null),
        SqliteCasebook.by("test-clerk"));

    ValidationFailed refused = refusedRelease(report.id(), TO_A_JOURNALIST);

    assertThat(refused.getMessage()).contains("flagged at risk");
    assertThat(casebook.disclosures.of(report.id())).isEmpty();
  }

  @Test
  void aReleaseNeedsAKnownRecipientAndADayThatHasCome() {
    Report report = approved();

    ValidationFailed refused =
        refusedRelease(report.id(), new ReleaseDraft("NEIGHBOUR", " ", "2026-03-03", null));

    assertThat(refused.problems())
        .extracting(FieldProblem::field, FieldProblem::code)
        .containsExactlyInAnyOrder(
            tuple("recipientKind", "unknown_code"),
            tuple("recipient", "required"),
            tuple("date", "future"));
  }

  private Report approved() {
    String id =
        casebook
            .reports
            .create(caseId, request(), "drafter", SqliteCasebook.by("drafter"))
            .value()
            .id();
    return casebook
        .reports
        .approve(id, 1, null, "coordinator", SqliteCasebook.by("coordinator"))
        .value();
  }

  private ValidationFailed refusedRelease(String reportId, ReleaseDraft draft) {
    return catchThrowableOfType(
        ValidationFailed.class,
        () ->
            casebook.disclosures.release(
                reportId, draft, "coordinator", SqliteCasebook.by("coordinator")));
  }

  private static Reports.ReportRequest request() {
    return new Reports.ReportRequest("en", null, null, null, null, null, List.of());
  }
}
