package org.pana.core.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pana.core.procedure.Histories.assess;
import static org.pana.core.procedure.Histories.deadline;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The worked examples, on the shipped Kazakhstan definitions. */
class AssessmentTest {

  private static List<String> anomalies(Assessment assessment) {
    return assessment.anomalies().stream().map(Anomaly::code).toList();
  }

  /**
   * Each deadline's status, days late and approximation, with the anomaly it gives: a deadline met
   * after its day is late (not met), and a late or overdue one with an anomaly rule always has its
   * anomaly, never otherwise.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # case                                  | steps                                                                                      | today      | kind                      | status  | days | approximate | anomaly
          petition 333 days after the 24 hours    | BORDER_CROSSED_IRREGULARLY 2019-01-19; PETITION_SUBMITTED 2019-12-19                        | 2020-01-10 | petition                  | LATE    | 333  | false       | late-petition
          petition the next day                   | BORDER_CROSSED_IRREGULARLY 2019-01-19; PETITION_SUBMITTED 2019-01-20                        | 2020-01-10 | petition                  | MET     | 0    | false       |
          petition still open                     | BORDER_CROSSED_IRREGULARLY 2019-01-19                                                       | 2019-01-20 | petition                  | OPEN    | 0    | false       |
          petition not filed, 5 days past        | BORDER_CROSSED_IRREGULARLY 2019-01-19                                                       | 2019-01-25 | petition                  | OVERDUE | 5    | false       | late-petition
          petition after a crossing in a month    | BORDER_CROSSED_IRREGULARLY 2019-01; PETITION_SUBMITTED 2019-12-19                           | 2020-01-10 | petition                  | LATE    | 351  | true        | late-petition
          petition five days after arrival        | ARRIVED 2023-03-01; PETITION_SUBMITTED 2023-03-06                                           | 2023-03-10 | petition                  | MET     | 0    | false       |
          petition ten days after arrival         | ARRIVED 2023-03-01; PETITION_SUBMITTED 2023-03-11                                           | 2023-03-20 | petition                  | LATE    | 5    | false       |
          certificate on the registration day     | PETITION_REGISTERED 2021-05-03; CERTIFICATE_ISSUED 2021-05-03                               | 2021-05-10 | certificate               | MET     | 0    | false       |
          certificate six days after registration | PETITION_REGISTERED 2019-12-19; CERTIFICATE_ISSUED 2019-12-25                               | 2020-01-10 | certificate               | LATE    | 6    | false       | certificate-not-same-day
          registration day given as a range       | PETITION_REGISTERED 2019-12-18/2019-12-20; CERTIFICATE_ISSUED 2019-12-19                    | 2020-01-10 | certificate               | LATE    | 1    | true        | certificate-not-same-day
          registration day given as a range, met  | PETITION_REGISTERED 2019-12-18/2019-12-20; CERTIFICATE_ISSUED 2019-12-18                    | 2020-01-10 | certificate               | MET     | 0    | true        |
          fingerprints two days late              | CERTIFICATE_ISSUED 2023-03-03; FINGERPRINTED 2023-03-08                                     | 2023-04-01 | fingerprints              | LATE    | 2    | false       |
          certificate lapsed before the decision  | PETITION_REGISTERED 2019-12-19; CERTIFICATE_ISSUED 2019-12-19; STATUS_GRANTED 2020-09-01     | 2021-01-01 | asylum-seeker-certificate | LATE    | 166  | false       | certificate-lapsed
          certificate reissued in time            | CERTIFICATE_ISSUED 2019-12-19; CERTIFICATE_REISSUED 2020-03-19                              | 2020-04-01 | asylum-seeker-certificate | OPEN    | 0    | false       |
          certificate run out, nothing since      | CERTIFICATE_ISSUED 2019-12-19                                                               | 2020-04-01 | asylum-seeker-certificate | OVERDUE | 13   | false       | certificate-lapsed
          certificate ended by a decision in time  | CERTIFICATE_ISSUED 2019-12-19; STATUS_REFUSED 2020-03-01                                    | 2020-04-01 | asylum-seeker-certificate | MET     | 0    | false       |
          decision a month late                   | PETITION_REGISTERED 2023-03-03; STATUS_GRANTED 2023-07-03                                   | 2023-09-01 | decision                  | LATE    | 30   | false       | decision-overdue
          decision not taken, 90 days past        | PETITION_REGISTERED 2023-03-03                                                              | 2023-09-01 | decision                  | OVERDUE | 90   | false       | decision-overdue
          decision in a month given as a month    | PETITION_REGISTERED 2023-03-03; STATUS_GRANTED 2023-06                                      | 2023-09-01 | decision                  | MET     | 0    | true        |
          """)
  void everyDeadlineHasOneStatusAndItsAnomalyAgrees(
      String name,
      String steps,
      String today,
      String kind,
      String status,
      long days,
      boolean approximate,
      String anomaly) {
    Assessment a = assess(today, steps);

    Deadline deadline = deadline(a, kind);
    assertThat(deadline.status().name()).as("status").isEqualTo(status);
    assertThat(deadline.daysLate()).as("days late").isEqualTo(days);
    assertThat(deadline.approximate()).as("approximate").isEqualTo(approximate);
    List<Anomaly> flagged =
        a.anomalies().stream().filter(x -> x.deadline().kind().equals(kind)).toList();
    if (anomaly == null) {
      assertThat(flagged).as("anomalies").isEmpty();
    } else {
      assertThat(flagged).extracting(Anomaly::code).containsExactly(anomaly);
      assertThat(flagged.getFirst().days()).isEqualTo(days);
      assertThat(flagged.getFirst().deadline()).isEqualTo(deadline);
    }
    if (!deadline.status().pending()) {
      assertThat(a.pending()).doesNotContain(deadline);
    }
  }

  @Test
  void anIrregularCrossingWithALatePetitionAndACertificateAWeekLater() {
    Assessment a =
        assess(
            "2020-01-10",
            "BORDER_CROSSED_IRREGULARLY 2019-01-19; PETITION_SUBMITTED 2019-12-19;"
                + " PETITION_REGISTERED 2019-12-19; CERTIFICATE_ISSUED 2019-12-25");

    // the petition came 334 days after the 24-hour limit: flagged, with a prompt for the reasons
    Anomaly late = a.anomalies().getFirst();
    assertThat(late.code()).isEqualTo("late-petition");
    assertThat(late.days()).isEqualTo(333);
    assertThat(late.deadline().status()).isEqualTo(DeadlineStatus.LATE);
    assertThat(late.deadline().metBy()).isEqualTo(StepType.PETITION_SUBMITTED);
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
    String postponedAndReissued =
        "BORDER_CROSSED_IRREGULARLY 2019-01-19; PETITION_SUBMITTED 2019-12-19;"
            + " PETITION_REGISTERED 2019-12-19; CERTIFICATE_ISSUED 2019-12-25;"
            + " DECISION_EXTENDED 2020-03-10; CERTIFICATE_REISSUED 2020-03-24";

    // reissued the day before expiry; the decision, postponed, may take up to a year
    Assessment pending = assess("2020-05-01", postponedAndReissued);
    assertThat(deadline(pending, "asylum-seeker-certificate").due())
        .isEqualTo(LocalDate.parse("2020-06-24"));
    assertThat(deadline(pending, "decision").due()).isEqualTo(LocalDate.parse("2020-12-19"));
    assertThat(anomalies(pending)).doesNotContain("certificate-lapsed", "decision-overdue");

    // nobody reissued the second certificate: on 2020-07-01 it has lapsed while the case is open
    Assessment lapsed = assess("2020-07-01", postponedAndReissued);
    assertThat(anomalies(lapsed)).contains("certificate-lapsed");
    assertThat(lapsed.risks()).contains(ProcedureRisk.LAPSED_DOCUMENT);
    assertThat(deadline(lapsed, "asylum-seeker-certificate").status())
        .isEqualTo(DeadlineStatus.OVERDUE);

    // a decision ends the need for the certificate
    Assessment decided =
        assess(
            "2021-01-01",
            postponedAndReissued + "; CERTIFICATE_REISSUED 2020-06-20; STATUS_GRANTED 2020-09-01");
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
            "ARRIVED 2023-03-01; PETITION_SUBMITTED 2023-03-03;"
                + " PETITION_REGISTERED 2023-03-03;"
                + " CERTIFICATE_ISSUED 2023-03-03; FINGERPRINTED 2023-03-05");
    assertThat(deadline(a, "petition").status()).isEqualTo(DeadlineStatus.MET);
    assertThat(deadline(a, "fingerprints").status()).isEqualTo(DeadlineStatus.MET);
    assertThat(deadline(a, "decision").due()).isEqualTo(LocalDate.parse("2023-06-03"));
    assertThat(anomalies(a)).contains("decision-overdue", "certificate-lapsed");
    assertThat(a.risks()).contains(ProcedureRisk.DECISION_OVERDUE, ProcedureRisk.LAPSED_DOCUMENT);
  }

  @Test
  void aCaseAfterApril2022IsDecidedByTheLabourMinistrysDepartments() {
    Assessment a = assess("2023-03-02", "ARRIVED 2023-03-01; PETITION_SUBMITTED 2023-03-02");
    assertThat(a.authority().orElseThrow().name()).contains("Labour and Social Protection");
    assertThat(deadline(a, "petition").procedure()).isEqualTo("kz-refugees-2022");
    assertThat(deadline(a, "petition").rule().id()).isEqualTo("petition-after-arrival");
  }

  @Test
  void aRefusalThenAnAppealCarriesTheUnverifiedAppealDeadline() {
    Assessment refused =
        assess(
            "2019-10-20",
            "BORDER_CROSSED_IRREGULARLY 2016-04-01; PETITION_SUBMITTED 2016-07-01;"
                + " PETITION_REGISTERED 2016-07-01; CERTIFICATE_ISSUED 2016-07-01;"
                + " STATUS_REFUSED 2016-10-02; DECISION_NOTIFIED 2016-10-05");
    Deadline appeal = deadline(refused, "appeal");
    assertThat(appeal.due()).isEqualTo(LocalDate.parse("2016-11-05"));
    assertThat(appeal.unverified()).isTrue();
    assertThat(appeal.basis()).contains("unverified");
    assertThat(appeal.status()).isEqualTo(DeadlineStatus.OVERDUE);

    Assessment appealed =
        assess(
            "2019-10-20",
            "STATUS_REFUSED 2016-10-02; DECISION_NOTIFIED 2016-10-05;"
                + " APPEAL_FILED 2016-10-30");
    assertThat(deadline(appealed, "appeal").status()).isEqualTo(DeadlineStatus.MET);
    // without a recorded notification, the appeal is counted from the refusal
    Assessment noNotice = assess("2016-10-10", "STATUS_REFUSED 2016-10-02");
    assertThat(deadline(noNotice, "appeal").due()).isEqualTo(LocalDate.parse("2016-11-02"));
    assertThat(deadline(noNotice, "appeal").from()).isEqualTo(StepType.STATUS_REFUSED);
  }

  @Test
  void aGrantedStatusRunsOneYearWithAnUnverifiedRenewalReminder() {
    Assessment a = assess("2021-09-01", "STATUS_GRANTED 2020-11-20");
    Deadline certificate = deadline(a, "refugee-certificate");
    assertThat(certificate.due()).isEqualTo(LocalDate.parse("2021-11-20"));
    assertThat(certificate.rule().confidence()).isEqualTo(Confidence.S);
    Deadline renewal = deadline(a, "refugee-certificate-renewal");
    assertThat(renewal.due()).isEqualTo(LocalDate.parse("2021-10-20"));
    assertThat(renewal.unverified()).isTrue();
    assertThat(renewal.status()).isEqualTo(DeadlineStatus.OPEN);

    Assessment renewed =
        assess("2021-12-01", "STATUS_GRANTED 2020-11-20; STATUS_RENEWED 2021-11-12");
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
            "2019-03-01", "BORDER_CROSSED_IRREGULARLY 2016-04-01; CRIMINAL_CASE_OPENED 2016-05-20");
    assertThat(a.risks()).contains(ProcedureRisk.OPEN_CRIMINAL_CASE);
    Assessment sentenced =
        assess(
            "2019-03-01",
            "CRIMINAL_CASE_OPENED 2016-05-20; VERDICT 2016-08-01;"
                + " EXPULSION_ORDERED 2016-08-01");
    assertThat(sentenced.risks())
        .contains(ProcedureRisk.REMOVAL_ORDER)
        .doesNotContain(ProcedureRisk.OPEN_CRIMINAL_CASE);
  }
}
