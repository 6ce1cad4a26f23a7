package org.pana.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Cleaning and script detection, against the readable table {@code clean.tsv}. */
class NameTextTest {

  static Stream<Arguments> cleaningTable() throws IOException {
    return TsvTable.rows(NameTextTest.class, "clean.tsv", 3);
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("cleaningTable")
  void cleansAsTheTableSays(String input, String expected, String why) {
    assertThat(NameText.clean(input)).as(why).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          нұрлан серікұлы | нұрлан,серікұлы
          买买提·吐尔逊     | 买买提,吐尔逊
          abdul-aziz       | abdul,aziz
          """)
  void splitsIntoParts(String cleaned, String parts) {
    assertThat(NameText.parts(cleaned)).containsExactly(parts.split(","));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Нұрлан   | Cyrl
          Nūrlan   | Latn
          NUERLAN  | Latn
          نۇرلان   | Arab
          ەرلان   | Arab
          努尔兰   | Hani
          ١٢٣      | Zyyy
          """)
  void tellsEachPartsScript(String part, String code) {
    assertThat(NameScript.of(part).code()).isEqualTo(code);
  }
}
