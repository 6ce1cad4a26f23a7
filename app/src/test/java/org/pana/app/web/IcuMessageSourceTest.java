package org.pana.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bundles formatted with ICU: each language's plural forms for 1, 2, 5, 11, 21 and 22 of a case
 * and of a day (the JDK's formatter knows none of Russian's), and a day as recorded.
 */
class IcuMessageSourceTest {

  private final IcuMessageSource messages = new IcuMessageSource();

  private String counted(String key, String language) {
    List<String> out = new ArrayList<>();
    for (int n : new int[] {1, 2, 5, 11, 21, 22}) {
      out.add(messages.getMessage(key, new Object[] {n}, Locale.forLanguageTag(language)));
    }
    return String.join(", ", out);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          en | 1 case, 2 cases, 5 cases, 11 cases, 21 cases, 22 cases
          ru | 1 дело, 2 дела, 5 дел, 11 дел, 21 дело, 22 дела
          kk | 1 іс, 2 іс, 5 іс, 11 іс, 21 іс, 22 іс
          ug | 1 دېلو, 2 دېلو, 5 دېلو, 11 دېلو, 21 دېلو, 22 دېلو
          zh | 1个案件, 2个案件, 5个案件, 11个案件, 21个案件, 22个案件
          """)
  void casesAreCountedAsEachLanguageCountsThem(String language, String expected) {
    assertThat(counted("case.count", language)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          en | 1 day, 2 days, 5 days, 11 days, 21 days, 22 days
          ru | 1 день, 2 дня, 5 дней, 11 дней, 21 день, 22 дня
          kk | 1 күн, 2 күн, 5 күн, 11 күн, 21 күн, 22 күн
          ug | 1 كۈن, 2 كۈن, 5 كۈن, 11 كۈن, 21 كۈن, 22 كۈن
          zh | 1天, 2天, 5天, 11天, 21天, 22天
          """)
  void daysAreCountedAsEachLanguageCountsThem(String language, String expected) {
    assertThat(counted("procedure.period.days", language)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"en", "kk", "ru", "ug", "zh"})
  void aDayIsWrittenAsRecorded(String language) {
    String withdrawn =
        messages.getMessage(
            "consent.withdrawn",
            new Object[] {LocalDate.of(2024, 6, 1)},
            Locale.forLanguageTag(language));

    assertThat(withdrawn).contains("2024-06-01");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"kk, ltr", "ru, ltr", "ug, rtl", "zh, ltr", "en, ltr"})
  void eachLanguageSaysItsDirection(String language, String direction) {
    assertThat(messages.getMessage("text.direction", null, Locale.forLanguageTag(language)))
        .isEqualTo(direction);
  }
}
