package org.pana.core.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Today is counted in Asia/Almaty (UTC+5), whatever zone the clock is in: at 19:30 UTC on New
 * Year's Eve it is already the next year there, and a date counts as after today only when its
 * earliest possible day is.
 */
class TodayTest {

  private static final Today NEW_YEAR_IN_ALMATY =
      Today.in(Clock.fixed(Instant.parse("2026-12-31T19:30:00Z"), ZoneOffset.UTC));

  @ParameterizedTest(name = "{0} lies after today: {1}")
  @CsvSource({
    "2026, false",
    "2027, false",
    "2027~, false",
    "2027-01, false",
    "2027-01-01, false",
    "2027-01-02, true",
    "2027-02, true",
    "2028, true",
    "2026/2030, false",
    "9999-12-31, true"
  })
  void aPartialDateLiesAfterTodayOnlyWhenItsEarliestDayDoes(String date, boolean after) {
    assertThat(NEW_YEAR_IN_ALMATY.date()).isEqualTo(LocalDate.of(2027, 1, 1));
    assertThat(NEW_YEAR_IN_ALMATY.precedes(PartialDate.parse(date))).isEqualTo(after);
  }
}
