package org.pana.core.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Month ends, leap days, partial dates and the day counted in the case's time zone. */
class DateArithmeticTest {

  private static final Procedures KZ = Procedures.shipped();

  @ParameterizedTest(name = "certificate issued {0} expires {1}")
  @CsvSource({
    "2019-12-25, 2020-03-25",
    "2019-11-30, 2020-02-29", // three months from 30 November end on the last day of February (leap
    // year)
    "2020-11-30, 2021-02-28",
    "2019-12-31, 2020-03-31",
    "2020-02-29, 2020-05-29",
  })
  void threeMonthsFromIssueClampToTheMonthsEnd(String issued, String expires) {
    Assessment a =
        Assessment.of(
            KZ,
            "KZ",
            List.of(Step.on(StepType.CERTIFICATE_ISSUED, issued)),
            LocalDate.parse(issued));
    assertThat(
            a.deadlines().stream()
                .filter(d -> d.kind().equals("asylum-seeker-certificate"))
                .findFirst()
                .orElseThrow()
                .due())
        .isEqualTo(LocalDate.parse(expires));
  }

  @Test
  void aYearFromALeapDayEndsOnTheLastDayOfFebruary() {
    Assessment a =
        Assessment.of(
            KZ,
            "KZ",
            List.of(Step.on(StepType.STATUS_GRANTED, "2020-02-29")),
            LocalDate.parse("2020-03-01"));
    assertThat(
            a.deadlines().stream()
                .filter(d -> d.kind().equals("refugee-certificate"))
                .findFirst()
                .orElseThrow()
                .due())
        .isEqualTo(LocalDate.parse("2021-02-28"));
  }

  @Test
  void aDeadlineFromAPartialDateIsApproximateAndCountedFromItsEarliestDay() {
    Assessment a =
        Assessment.of(
            KZ,
            "KZ",
            List.of(
                Step.on(StepType.BORDER_CROSSED_IRREGULARLY, "2019-01"),
                Step.on(StepType.PETITION_SUBMITTED, "2019-12-19")),
            LocalDate.parse("2020-01-01"));
    Deadline petition =
        a.deadlines().stream().filter(d -> d.kind().equals("petition")).findFirst().orElseThrow();
    assertThat(petition.approximate()).isTrue();
    assertThat(petition.due()).isEqualTo(LocalDate.parse("2019-01-02"));
    assertThat(petition.basis()).contains("(approximate)");
  }

  @Test
  void theSameDayLimitIsMetOnlyOnThatDay() {
    Assessment sameDay =
        Assessment.of(
            KZ,
            "KZ",
            List.of(
                Step.on(StepType.PETITION_REGISTERED, "2021-05-03"),
                Step.on(StepType.CERTIFICATE_ISSUED, "2021-05-03")),
            LocalDate.parse("2021-05-10"));
    assertThat(sameDay.anomalies())
        .extracting(Anomaly::code)
        .doesNotContain("certificate-not-same-day");
    Assessment nextDay =
        Assessment.of(
            KZ,
            "KZ",
            List.of(
                Step.on(StepType.PETITION_REGISTERED, "2021-05-03"),
                Step.on(StepType.CERTIFICATE_ISSUED, "2021-05-04")),
            LocalDate.parse("2021-05-10"));
    assertThat(nextDay.anomalies()).extracting(Anomaly::code).contains("certificate-not-same-day");
  }

  @Test
  void theSwitchOfAuthorityFollowsTheDayTheClockStarted() {
    assertThat(KZ.inForce("KZ", LocalDate.parse("2022-04-06")).orElseThrow().id())
        .isEqualTo("kz-refugees-2010");
    assertThat(KZ.inForce("KZ", LocalDate.parse("2022-04-07")).orElseThrow().id())
        .isEqualTo("kz-refugees-2022");
    assertThat(KZ.inForce("KZ", LocalDate.parse("2009-12-31"))).isEmpty();
  }

  @Test
  void todayIsTheDayInTheCasesTimeZone() {
    // 2020-03-25 20:30 UTC is already 26 March in Almaty: the certificate has expired there
    java.time.Instant instant = java.time.Instant.parse("2020-03-25T20:30:00Z");
    LocalDate almaty =
        instant.atZone(KZ.byId("kz-refugees-2010").orElseThrow().timeZone()).toLocalDate();
    assertThat(almaty).isEqualTo(LocalDate.parse("2020-03-26"));
    Assessment a =
        Assessment.of(
            KZ, "KZ", List.of(Step.on(StepType.CERTIFICATE_ISSUED, "2019-12-25")), almaty);
    assertThat(a.deadlines().getFirst().status()).isEqualTo(DeadlineStatus.OVERDUE);
  }
}
