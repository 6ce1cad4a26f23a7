package org.pana.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules of a translated bundle, one per test, on a small English bundle of their own. */
class BundleCheckTest {

  private static final Map<String, String> ENGLISH =
      Map.of(
          "greeting", "Hello, {name}",
          "days", "{0, plural, one {# day} other {# days}}",
          "app.name", "Pana",
          "empty.set", "—");

  private final BundleCheck russian =
      new BundleCheck(Bundle.UI, "ru", ENGLISH, Map.of("app.name", "the product's name"));

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          greeting | Привет                  | {name} is lost (the English has {name})
          greeting | Привет, {name} и {x}    | {x} is not an argument of this message (the English has {name})
          days     | {0, plural, one {# день} other {# дней}} | the plural of {0} lacks few, many (Russian needs one, few, many, other)
          greeting | Hello, {name}           | the English text: translate it (or list it in same-as-english.tsv with the reason)
          """)
  void aTranslationBreakingARuleIsRefusedWithWhatIsWrong(String key, String value, String why) {
    assertThat(russian.problems(key, value)).containsExactly(why);
  }

  @Test
  void aBrokenPatternIsRefusedWithWhatTheParserSays() {
    assertThat(russian.problems("greeting", "Привет, {name"))
        .singleElement()
        .asString()
        .startsWith("not a valid message pattern: ")
        .contains("Unmatched");
  }

  @Test
  void anEmptyValueIsRefused() {
    assertThat(russian.problems("greeting", " ")).containsExactly("empty");
  }

  @Test
  void aKeyEnglishLacksIsRefused() {
    assertThat(russian.problems("greting", "Привет, {name}"))
        .containsExactly("not a key of the English user interface");
  }

  @Test
  void aRightTranslationHasNoProblem() {
    assertThat(
            russian.problems(
                "days", "{0, plural, one {# день} few {# дня} many {# дней} other {# дня}}"))
        .isEmpty();
    assertThat(russian.problems("greeting", "{name}, привет")).isEmpty();
  }

  @Test
  void theEnglishTextIsAllowedWhereTheListSaysWhyOrWhereThereIsNoLetter() {
    assertThat(russian.problems("app.name", "Pana")).isEmpty();
    assertThat(russian.problems("empty.set", "—")).isEmpty();
  }

  @Test
  void aWholeBundleMissesNoEnglishKey() {
    Map<String, String> translation = new LinkedHashMap<>();
    translation.put("greeting", "Привет, {name}");
    translation.put("app.name", "Pana");
    translation.put("empty.set", "—");
    translation.put("left.over", "Старое");

    assertThat(russian.check(translation))
        .extracting(BundleCheck.Problem::toString)
        .containsExactly("days: missing", "left.over: not a key of the English user interface");
  }

  @Test
  void aReportMayUseTheArgumentsItsCodePassesEveryMessage() {
    BundleCheck report =
        new BundleCheck(Bundle.REPORT, "ru", Map.of("moved", "{who} moved"), Map.of());

    assertThat(report.problems("moved", "{who} {sex, select, female {переехала} other {переехал}}"))
        .isEmpty();
    assertThat(report.problems("moved", "переехал"))
        .containsExactly("{who} is lost (the English has {who})");
  }

  @Test
  void theHintsSayWhatToKeepAndWhichPluralFormsTheLanguageNeeds() {
    assertThat(russian.hints("days"))
        .containsExactly(
            "keep {0}", "{0} is a count: give its plural the forms one, few, many, other");
    assertThat(new BundleCheck(Bundle.UI, "zh", ENGLISH, Map.of()).hints("days"))
        .containsExactly("keep {0}", "{0} is a count: give its plural the forms other");
  }
}
