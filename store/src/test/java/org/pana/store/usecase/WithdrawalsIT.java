package org.pana.store.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pana.core.casefile.CaseFile;
import org.pana.core.casefile.Withdrawals;
import org.pana.core.record.Stored;
import org.pana.store.fixture.SqliteCasebook;

/**
 * Withdrawing a consent ({@link Withdrawals}) on a real SQLite casebook: a withdrawn consent to
 * sharing stops the sharing of the person's cases with that partner at once, unless another such
 * consent still holds. All people here are fictional.
 */
class WithdrawalsIT extends OnACasebook {

  private String organisation;
  private String partner;
  private String person;

  @BeforeEach
  void open() {
    organisation = casebook.organisation("Withdrawal test group (fictional)");
    partner = casebook.organisation("Partner group (fictional)");
    person = casebook.person("Нұрлан Серікұлы", organisation);
  }

  @Test
  void withdrawingTheConsentToShareStopsTheSharingAtOnce() {
    String sharing = casebook.consent(person, "SHARING_WITH_PARTNER", partner, "2026-01-05");
    String caseId = sharedCase();

    casebook.withdrawals.withdraw(sharing, 1, "2026-03-02", SqliteCasebook.by("test-clerk"));

    Stored<CaseFile> after = casebook.cases.get(caseId);
    assertThat(after.value().sharedWith()).isEmpty();
    assertThat(after.revision()).isEqualTo(2);
    assertThat(casebook.consents.get(sharing).value().withdrawn()).hasToString("2026-03-02");
  }

  @Test
  void aSecondConsentToShareWithTheSamePartnerKeepsTheSharing() {
    String first = casebook.consent(person, "SHARING_WITH_PARTNER", partner, "2026-01-05");
    casebook.consent(person, "SHARING_WITH_PARTNER", partner, "2026-02-01");
    String caseId = sharedCase();

    casebook.withdrawals.withdraw(first, 1, "2026-03-02", SqliteCasebook.by("test-clerk"));

    assertThat(casebook.cases.get(caseId).value().sharedWith()).containsExactly(partner);
    assertThat(casebook.cases.get(caseId).revision()).isEqualTo(1);
  }

  @Test
  void withdrawingAnotherConsentLeavesTheSharingAlone() {
    casebook.consent(person, "SHARING_WITH_PARTNER", partner, "2026-01-05");
    String documentation = casebook.consent(person, "DOCUMENTATION", null, "2026-01-05");
    String caseId = sharedCase();

    casebook.withdrawals.withdraw(documentation, 1, "2026-03-02", SqliteCasebook.by("clerk"));

    assertThat(casebook.cases.get(caseId).value().sharedWith()).containsExactly(partner);
  }

  @Test
  void onlyTheCasesSharedWithThatPartnerChange() {
    String other = casebook.organisation("Another partner (fictional)");
    String sharing = casebook.consent(person, "SHARING_WITH_PARTNER", partner, "2026-01-05");
    casebook.consent(person, "SHARING_WITH_PARTNER", other, "2026-01-05");
    String withPartner = sharedCase();
    String withOther =
        casebook.openCase("Other partner (test)", organisation, List.of(person), List.of(other));

    casebook.withdrawals.withdraw(sharing, 1, "2026-03-02", SqliteCasebook.by("test-clerk"));

    assertThat(casebook.cases.get(withPartner).value().sharedWith()).isEmpty();
    assertThat(casebook.cases.get(withOther).value().sharedWith()).containsExactly(other);
    assertThat(casebook.cases.get(withOther).revision()).isEqualTo(1);
  }

  private String sharedCase() {
    return casebook.openCase("Shared case (test)", organisation, List.of(person), List.of(partner));
  }
}
