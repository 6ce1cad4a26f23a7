package org.pana.core.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The shipped definitions read, say where every rule comes from, and allow the usual path. */
class ProceduresTest {

  private static final Procedures KZ = Procedures.shipped();

  @Test
  void everyRuleHasASourceAndTheUnconfirmedOnesAreMarked() {
    for (Procedure procedure : KZ.all()) {
      procedure.limits().forEach(l -> assertThat(l.rule().source()).as(l.rule().id()).isNotBlank());
      procedure
          .documents()
          .forEach(d -> assertThat(d.rule().source()).as(d.rule().id()).isNotBlank());
    }
    Procedure law = KZ.byId("kz-refugees-2010").orElseThrow();
    // DOMAIN.md marks the appeal deadline, notification and renewal lead time as unconfirmed
    assertThat(law.limits())
        .filteredOn(l -> l.rule().id().equals("appeal-to-court"))
        .allMatch(l -> l.rule().unverified());
    assertThat(law.limits())
        .filteredOn(l -> l.rule().id().equals("notification-of-decision"))
        .allMatch(l -> l.rule().unverified());
    assertThat(law.documents())
        .filteredOn(d -> d.kind().equals("refugee-certificate"))
        .allMatch(d -> d.renewRule().unverified());
    // so are the refusal grounds (Art. 12 not read), in both periods
    assertThat(law.refusalGrounds()).hasSize(4).allMatch(Rule::unverified);
    assertThat(KZ.byId("kz-refugees-2022").orElseThrow().refusalGrounds())
        .isEqualTo(law.refusalGrounds());
  }

  @Test
  void theLaterDefinitionKeepsTheRulesAndChangesTheAuthority() {
    Procedure before = KZ.byId("kz-refugees-2010").orElseThrow();
    Procedure after = KZ.byId("kz-refugees-2022").orElseThrow();
    assertThat(after.limits()).isEqualTo(before.limits());
    assertThat(after.documents()).isEqualTo(before.documents());
    assertThat(after.authorities())
        .singleElement()
        .satisfies(a -> assertThat(a.name()).contains("Labour"));
  }

  @Test
  void transitionsFollowTheLaw() {
    Procedure law = KZ.byId("kz-refugees-2022").orElseThrow();
    assertThat(law.allows(null, StepType.ARRIVED)).isTrue();
    assertThat(law.allows(StepType.PETITION_SUBMITTED, StepType.PETITION_REGISTERED)).isTrue();
    assertThat(law.allows(StepType.CERTIFICATE_ISSUED, StepType.STATUS_GRANTED)).isTrue();
    assertThat(law.allows(StepType.STATUS_REFUSED, StepType.APPEAL_FILED)).isTrue();
    // a status cannot be granted before a petition was even registered (without an override)
    assertThat(law.allows(StepType.ARRIVED, StepType.STATUS_GRANTED)).isFalse();
    assertThat(law.allows(null, StepType.APPEAL_FILED)).isFalse();
    // a criminal case for the crossing can come at any time
    assertThat(law.allows(StepType.CERTIFICATE_ISSUED, StepType.CRIMINAL_CASE_OPENED)).isTrue();
  }
}
