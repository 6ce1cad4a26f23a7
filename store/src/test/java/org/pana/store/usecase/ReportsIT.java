package org.pana.store.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pana.core.access.Scope;
import org.pana.core.consent.ConsentDraft;
import org.pana.core.problem.Conflict;
import org.pana.core.problem.FieldProblem;
import org.pana.core.problem.ValidationFailed;
import org.pana.core.record.Stored;
import org.pana.core.report.Report;
import org.pana.core.report.ReportStatus;
import org.pana.core.report.ReportText;
import org.pana.core.report.Reports;
import org.pana.core.report.Reports.ReportRequest;
import org.pana.store.fixture.SqliteCasebook;

/**
 * Drafting and approving reports ({@link Reports}) on a real SQLite casebook: who may draft and
 * approve, the consent a report needs, and the frozen text. All people here are fictional.
 */
class ReportsIT extends OnACasebook {

  private static final ReportRequest PLAIN =
      new ReportRequest("en", null, null, null, null, null, List.of());

  private String organisation;
  private String person;
  private String caseId;

  @BeforeEach
  void open() {
    organisation = casebook.organisation("Report test group (fictional)");
    person = casebook.person("Ерлан Сәбитұлы", organisation);
    caseId = casebook.openCase("Report case (test)", organisation, List.of(person), List.of());
  }

  @Test
  void aSecondPersonApprovesExactlyThePreviewedTextAndFreezesIt() {
    pseudonymConsent();
    Stored<Report> draft = draft("drafter");
    Reports.Reading preview = casebook.reports.read(draft.value().id());

    Stored<Report> approved =
        casebook.reports.approve(
            draft.value().id(), 1, preview.hash(), "approver", SqliteCasebook.by("approver"));

    assertThat(approved.value().status()).isEqualTo(ReportStatus.APPROVED);
    assertThat(approved.value().hash()).isEqualTo(preview.hash());
    assertThat(approved.value().text()).isEqualTo(preview.text());
    assertThat(words(approved.value().text())).contains("Daniyar").doesNotContain("Ерлан");
    assertThat(approved.value().consentIds()).hasSize(1);
    assertThatThrownBy(
            () ->
                casebook.reports.approve(
                    draft.value().id(), 2, null, "someone else", SqliteCasebook.by("someone")))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("approved already");
  }

  @Test
  void aConsentGivenTodayHoldsForAReportAfterSevenInTheEveningUtc() {
    // 21:00 UTC on 2 March is 02:00 on 3 March in Almaty, where the casebook counts its days
    casebook.at(java.time.Instant.parse("2026-03-02T21:00:00Z"));
    pseudonymConsent("2026-03-03");

    Reports.Reading preview = casebook.reports.read(draft("drafter").value().id());

    assertThat(preview.blocker()).as("the consent given today holds today").isNull();
    assertThat(words(preview.text())).contains("Daniyar");
  }

  @Test
  void theOneWhoDraftedAReportCannotApproveIt() {
    pseudonymConsent();
    Stored<Report> draft = draft("drafter");

    assertThatThrownBy(
            () ->
                casebook.reports.approve(
                    draft.value().id(), 1, null, "drafter", SqliteCasebook.by("drafter")))
        .isInstanceOf(ValidationFailed.class)
        .hasMessageContaining("second person");
    assertThat(casebook.reports.get(draft.value().id()).value().status())
        .isEqualTo(ReportStatus.DRAFT);
  }

  @Test
  void aPreviewTheCaseHasMovedOnFromIsNotApproved() {
    pseudonymConsent();
    Stored<Report> draft = draft("drafter");

    assertThatThrownBy(
            () ->
                casebook.reports.approve(
                    draft.value().id(), 1, "sha256:0000", "approver", SqliteCasebook.by("a")))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("changed since this preview");
  }

  @Test
  void withoutAConsentToPublishTheDraftSaysWhyAndCannotBeApproved() {
    Stored<Report> draft = draft("drafter");
    Reports.Reading preview = casebook.reports.read(draft.value().id());

    assertThat(preview.blocker().text()).contains("No consent");
    assertThat(words(preview.text())).contains("The person").doesNotContain("Ерлан");
    assertThatThrownBy(
            () ->
                casebook.reports.approve(
                    draft.value().id(), 1, preview.hash(), "approver", SqliteCasebook.by("a")))
        .isInstanceOf(ValidationFailed.class)
        .hasMessageContaining("No consent");
  }

  @Test
  void aPartnerTheCaseIsSharedWithReadsTheCaseButDraftsNoReport() {
    String partner = casebook.organisation("Partner group (fictional)");
    casebook.consent(person, "SHARING_WITH_PARTNER", partner, "2026-01-05");
    String shared =
        casebook.openCase("Shared case (test)", organisation, List.of(person), List.of(partner));
    casebook.readAs(Scope.of(Set.of(partner)));

    assertThatThrownBy(
            () -> casebook.reports.create(shared, PLAIN, "partner", SqliteCasebook.by("partner")))
        .isInstanceOf(ValidationFailed.class)
        .hasMessageContaining("members of its own organisation");
    assertThat(casebook.reports.ofCase(shared)).isEmpty();
  }

  @Test
  void aWrongRequestNamesEveryProblemAndStoresNothing() {
    ValidationFailed refused =
        catchThrowableOfType(
            ValidationFailed.class,
            () ->
                casebook.reports.create(
                    caseId,
                    new ReportRequest(
                        "fr", "WEEK", List.of("no-such-event"), null, null, null, null),
                    "drafter",
                    SqliteCasebook.by("drafter")));

    assertThat(refused.problems())
        .extracting(FieldProblem::field, FieldProblem::code)
        .containsExactlyInAnyOrder(
            tuple("language", "unsupported"),
            tuple("dates", "unknown_code"),
            tuple("eventIds", "unknown_event"));
    assertThat(casebook.reports.ofCase(caseId)).isEmpty();
  }

  /** The report's title and every sentence, as one text. */
  private static String words(ReportText text) {
    StringBuilder words = new StringBuilder(text.title());
    for (ReportText.Section section : text.sections()) {
      section.paragraphs().forEach(paragraph -> words.append('\n').append(paragraph.text()));
    }
    return words.toString();
  }

  private Stored<Report> draft(String author) {
    return casebook.reports.create(caseId, PLAIN, author, SqliteCasebook.by(author));
  }

  private void pseudonymConsent() {
    pseudonymConsent("2026-01-05");
  }

  private void pseudonymConsent(String given) {
    casebook.consents.record(
        person,
        new ConsentDraft(
            "PUBLICATION_UNDER_PSEUDONYM", null, "Daniyar", given, "SIGNED_FORM", null, null),
        "test-clerk",
        SqliteCasebook.by("test-clerk"));
  }
}
