package org.pana.core.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The issue's worked examples, on the shipped Kazakhstan definitions. */
class AssessmentTest {

  private static final Procedures KZ = Procedures.shipped();

  private static Assessment assess(String today, Step... steps) {
    return Assessment.of(KZ, "KZ", List.of(steps), LocalDate.parse(today));
  }

  private static Deadline deadline(Assessment assessment, String kind) {
    return assessment.deadlines().stream()
        .filter(d -> d.kind().equals(kind))
        .reduce((a, b) -> b)
        .orElseThrow(() -> new AssertionError("no " + kind + " in " + assessment.deadlines()));
  }

  private static List<String> anomalies(Assessment assessment) {
    return assessment.anomalies().stream().map(Anomaly::code).toList();
  }

  @Test
  void anIrregularCrossingWithALatePetitionAndACertificateAWeekLater() {
    Assessment a =
        assess(
            "2020-01-10",
            Step.on(StepType.CROSSED_IRREGULARLY, "2019-01-19"),
            Step.on(StepType.PETITION_SUBMITTED, "2019-12-19"),
            Step.on(StepType.PETITION_REGISTERED, "2019-12-19"),
            Step.on(StepType.CERTIFICATE_ISSUED, "2019-12-25"));

    // the petition came 334 days after the 24-hour limit: flagged, with a prompt for the reasons
    Anomaly late = a.anomalies().getFirst();
    assertThat(late.code()).isEqualTo("late-petition");
    assertThat(late.days()).isEqualTo(333);
    assertThat(late.explanation()).contains("record the reasons for the delay");
    assertThat(late.rule().id()).isEqualTo("petition-after-irregular-crossing");
    // the certificate should have been issued on the registration day
    assertThat(anomalies(a)).contains("certificate-not-same-day");
    Deadline certificate = deadline(a, "asylum-seeker-certificate");
    assertThat(certificate.due()).isEqualTo(LocalDate.parse("2020-03-25"));
    assertThat(certificate.status()).isEqualTo(DeadlineStatus.OPEN);
    assertThat(certificate.basis())
        .isEqualTo(
            "asylum-seeker-certificate due 2020-03-25: 3 months from CERTIFICATE_ISSUED on"
                + " 2019-12-25 (asylum-seeker-certificate-validity)");
    assertThat(certificate.rule().source()).contains("gov.kz");
    assertThat(deadline(a, "decision").due()).isEqualTo(LocalDate.parse("2020-03-19"));
    assertThat(deadline(a, "fingerprints").due()).isEqualTo(LocalDate.parse("2019-12-28"));
    assertThat(deadline(a, "fingerprints").status()).isEqualTo(DeadlineStatus.OVERDUE);
    // decided under the police migration service (before April 2022)
    assertThat(a.authority().orElseThrow().name()).contains("Ministry of Internal Affairs");
    assertThat(certificate.procedure()).isEqualTo("kz-refugees-2010");
  }

  @Test
  void theCertificateIsReissuedUntilTheDecisionAndALapseIsFlagged() {
    Step crossed = Step.on(StepType.CROSSED_IRREGULARLY, "2019-01-19");
    Step registered = Step.on(StepType.PETITION_REGISTERED, "2019-12-19");
    Step issued = Step.on(StepType.CERTIFICATE_ISSUED, "2019-12-25");
    Step postponed = Step.on(StepType.DECISION_POSTPONED, "2020-03-10");
    Step reissued = Step.on(StepType.CERTIFICATE_REISSUED, "2020-03-24");

    // reissued the day before expiry; the decision, postponed, may take up to a year
    Assessment pending =
        assess(
            "2020-05-01",
            crossed,
            Step.on(StepType.PETITION_SUBMITTED, "2019-12-19"),
            registered,
            issued,
            postponed,
            reissued);
    assertThat(deadline(pending, "asylum-seeker-certificate").due())
        .isEqualTo(LocalDate.parse("2020-06-24"));
    assertThat(deadline(pending, "decision").due()).isEqualTo(LocalDate.parse("2020-12-19"));
    assertThat(anomalies(pending)).doesNotContain("certificate-lapsed", "decision-overdue");

    // nobody reissued the second certificate: on 2020-07-01 it has lapsed while the case is open
    Assessment lapsed =
        assess(
            "2020-07-01",
            crossed,
            Step.on(StepType.PETITION_SUBMITTED, "2019-12-19"),
            registered,
            issued,
            postponed,
            reissued);
    assertThat(anomalies(lapsed)).contains("certificate-lapsed");
    assertThat(lapsed.risks()).contains(ProcedureRisk.LAPSED_DOCUMENT);
    assertThat(deadline(lapsed, "asylum-seeker-certificate").status())
        .isEqualTo(DeadlineStatus.OVERDUE);

    // a decision ends the need for the certificate
    Assessment decided =
        assess(
            "2021-01-01",
            crossed,
            Step.on(StepType.PETITION_SUBMITTED, "2019-12-19"),
            registered,
            issued,
            postponed,
            reissued,
            Step.on(StepType.CERTIFICATE_REISSUED, "2020-06-20"),
            Step.on(StepType.STATUS_GRANTED, "2020-09-01"));
    assertThat(deadline(decided, "asylum-seeker-certificate").status())
        .isEqualTo(DeadlineStatus.MET);
    assertThat(deadline(decided, "decision").status()).isEqualTo(DeadlineStatus.MET);
    assertThat(decided.risks()).isEmpty();
  }

  @Test
  void aDecisionOverdueWithoutAPostponementIsFlagged() {
    Assessment a =
        assess(
            "2023-09-01",
            Step.on(StepType.ARRIVED, "2023-03-01"),
            Step.on(StepType.PETITION_SUBMITTED, "2023-03-03"),
            Step.on(StepType.PETITION_REGISTERED, "2023-03-03"),
            Step.on(StepType.CERTIFICATE_ISSUED, "2023-03-03"),
            Step.on(StepType.FINGERPRINTED, "2023-03-05"));
    assertThat(deadline(a, "petition").status()).isEqualTo(DeadlineStatus.MET);
    assertThat(deadline(a, "fingerprints").status()).isEqualTo(DeadlineStatus.MET);
    assertThat(deadline(a, "decision").due()).isEqualTo(LocalDate.parse("2023-06-03"));
    assertThat(anomalies(a)).contains("decision-overdue", "certificate-lapsed");
    assertThat(a.risks()).contains(ProcedureRisk.DECISION_OVERDUE, ProcedureRisk.LAPSED_DOCUMENT);
  }

  @Test
  void aCaseAfterApril2022IsDecidedByTheLabourMinistrysDepartments() {
    Assessment a =
        assess(
            "2023-03-02",
            Step.on(StepType.ARRIVED, "2023-03-01"),
            Step.on(StepType.PETITION_SUBMITTED, "2023-03-02"));
    assertThat(a.authority().orElseThrow().name()).contains("Labour and Social Protection");
    assertThat(deadline(a, "petition").procedure()).isEqualTo("kz-refugees-2022");
    assertThat(deadline(a, "petition").rule().id()).isEqualTo("petition-after-arrival");
  }

  @Test
  void aRefusalThenAnAppealCarriesTheUnverifiedAppealDeadline() {
    Assessment refused =
        assess(
            "2019-10-20",
            Step.on(StepType.CROSSED_IRREGULARLY, "2016-04-01"),
            Step.on(StepType.PETITION_SUBMITTED, "2016-07-01"),
            Step.on(StepType.PETITION_REGISTERED, "2016-07-01"),
            Step.on(StepType.CERTIFICATE_ISSUED, "2016-07-01"),
            Step.on(StepType.STATUS_REFUSED, "2016-10-02"),
            Step.on(StepType.DECISION_NOTIFIED, "2016-10-05"));
    Deadline appeal = deadline(refused, "appeal");
    assertThat(appeal.due()).isEqualTo(LocalDate.parse("2016-11-05"));
    assertThat(appeal.unverified()).isTrue();
    assertThat(appeal.basis()).contains("unverified");
    assertThat(appeal.status()).isEqualTo(DeadlineStatus.OVERDUE);

    Assessment appealed =
        assess(
            "2019-10-20",
            Step.on(StepType.STATUS_REFUSED, "2016-10-02"),
            Step.on(StepType.DECISION_NOTIFIED, "2016-10-05"),
            Step.on(StepType.APPEAL_FILED, "2016-10-30"));
    assertThat(deadline(appealed, "appeal").status()).isEqualTo(DeadlineStatus.MET);
    // without a recorded notification, the appeal is counted from the refusal
    Assessment noNotice = assess("2016-10-10", Step.on(StepType.STATUS_REFUSED, "2016-10-02"));
    assertThat(deadline(noNotice, "appeal").due()).isEqualTo(LocalDate.parse("2016-11-02"));
    assertThat(deadline(noNotice, "appeal").from()).isEqualTo(StepType.STATUS_REFUSED);
  }

  @Test
  void aGrantedStatusRunsOneYearWithAnUnverifiedRenewalReminder() {
    Assessment a = assess("2021-09-01", Step.on(StepType.STATUS_GRANTED, "2020-11-20"));
    Deadline certificate = deadline(a, "refugee-certificate");
    assertThat(certificate.due()).isEqualTo(LocalDate.parse("2021-11-20"));
    assertThat(certificate.rule().confidence()).isEqualTo(Confidence.S);
    Deadline renewal = deadline(a, "refugee-certificate-renewal");
    assertThat(renewal.due()).isEqualTo(LocalDate.parse("2021-10-20"));
    assertThat(renewal.unverified()).isTrue();
    assertThat(renewal.status()).isEqualTo(DeadlineStatus.OPEN);

    Assessment renewed =
        assess(
            "2021-12-01",
            Step.on(StepType.STATUS_GRANTED, "2020-11-20"),
            Step.on(StepType.STATUS_RENEWED, "2021-11-12"));
    assertThat(deadline(renewed, "refugee-certificate").due())
        .isEqualTo(LocalDate.parse("2022-11-12"));
    assertThat(renewed.pending())
        .extracting(Deadline::kind)
        .containsExactly("refugee-certificate-renewal", "refugee-certificate");
  }

  @Test
  void removalOrdersAndOpenCriminalCasesAreRisks() {
    Assessment a =
        assess(
            "2019-03-01",
            Step.on(StepType.CROSSED_IRREGULARLY, "2016-04-01"),
            Step.on(StepType.CRIMINAL_CASE_OPENED, "2016-05-20"));
    assertThat(a.risks()).contains(ProcedureRisk.OPEN_CRIMINAL_CASE);
    Assessment sentenced =
        assess(
            "2019-03-01",
            Step.on(StepType.CRIMINAL_CASE_OPENED, "2016-05-20"),
            Step.on(StepType.CRIMINAL_VERDICT, "2016-08-01"),
            Step.on(StepType.EXPULSION_ORDERED, "2016-08-01"));
    assertThat(sentenced.risks())
        .contains(ProcedureRisk.REMOVAL_ORDER)
        .doesNotContain(ProcedureRisk.OPEN_CRIMINAL_CASE);
  }
}
