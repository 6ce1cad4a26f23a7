package org.pana.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pana.core.date.PartialDate;

/** Uncertain dates are spread over the time they may mean; small counts are not published. */
class StatisticsTest {

  @Test
  void aRangeIsSpreadOverItsYearsByDays() {
    Map<String, Double> shares = Statistics.spreadOverYears(PartialDate.parse("2017-11/2018-02"));
    assertThat(shares.get("2017")).isCloseTo(61 / 120.0, within(1e-9));
    assertThat(shares.get("2018")).isCloseTo(59 / 120.0, within(1e-9));
  }

  @Test
  void anApproximateYearMayMeanTheYearsAround() {
    Map<String, Double> shares = Statistics.spreadOverYears(PartialDate.parse("2009~"));
    assertThat(shares).containsOnlyKeys("2008", "2009", "2010");
    assertThat(shares.values().stream().mapToDouble(Double::doubleValue).sum())
        .isCloseTo(1.0, within(1e-9));
  }

  @Test
  void anExactDayCountsWhole() {
    assertThat(Statistics.spreadOverYears(PartialDate.parse("2019-01-19")))
        .containsExactly(Map.entry("2019", 1.0));
  }

  @Test
  void countsUnderFiveAreSuppressedZeroIsNot() {
    assertThat(Statistics.Table.published(4.96)).isEqualTo(5.0);
    assertThat(Statistics.Table.published(4.9)).isNull();
    assertThat(Statistics.Table.published(0.4)).isNull();
    assertThat(Statistics.Table.published(0)).isEqualTo(0.0);
    assertThat(Statistics.Table.published(12.04)).isEqualTo(12.0);
  }
}
