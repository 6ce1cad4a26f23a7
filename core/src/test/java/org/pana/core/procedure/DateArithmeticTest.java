package org.pana.core.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pana.core.procedure.Histories.KZ;
import static org.pana.core.procedure.Histories.assess;
import static org.pana.core.procedure.Histories.deadline;
import static org.pana.core.procedure.Histories.steps;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Month ends, leap days, partial dates and the day counted in the case's time zone. */
class DateArithmeticTest {

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
    Assessment a = assess(issued, "CERTIFICATE_ISSUED " + issued);
    assertThat(deadline(a, "asylum-seeker-certificate").due()).isEqualTo(LocalDate.parse(expires));
  }

  @Test
  void aYearFromALeapDayEndsOnTheLastDayOfFebruary() {
    Assessment a = assess("2020-03-01", "STATUS_GRANTED 2020-02-29");
    assertThat(deadline(a, "refugee-certificate").due()).isEqualTo(LocalDate.parse("2021-02-28"));
  }

  @Test
  void aDeadlineFromAPartialDateIsApproximateAndCountedFromItsEarliestDay() {
    Assessment a =
        assess("2020-01-01", "BORDER_CROSSED_IRREGULARLY 2019-01; PETITION_SUBMITTED 2019-12-19");
    Deadline petition = deadline(a, "petition");
    assertThat(petition.approximate()).isTrue();
    assertThat(petition.due()).isEqualTo(LocalDate.parse("2019-01-02"));
    assertThat(petition.basis()).contains("(approximate)");
  }

  @Test
  void theSameDayLimitIsMetOnlyOnThatDay() {
    Assessment sameDay =
        assess("2021-05-10", "PETITION_REGISTERED 2021-05-03; CERTIFICATE_ISSUED 2021-05-03");
    assertThat(sameDay.anomalies())
        .extracting(Anomaly::code)
        .doesNotContain("certificate-not-same-day");
    Assessment nextDay =
        assess("2021-05-10", "PETITION_REGISTERED 2021-05-03; CERTIFICATE_ISSUED 2021-05-04");
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
    Assessment a = assess(almaty, steps("CERTIFICATE_ISSUED 2019-12-25"));
    assertThat(a.deadlines().getFirst().status()).isEqualTo(DeadlineStatus.OVERDUE);
  }
}
