package org.pana.core.person.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FreeFormIdentifierTest {

  @ParameterizedTest(name = "[{index}] {0} \"{1}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # type      | raw                 | normalized
          PASSPORT    | ' e12345678 '       | E12345678
          PASSPORT    | 'n 1234\t5678'      | N 1234 5678
          CERTIFICATE | ' ab   12/2019 '    | ab 12/2019
          OTHER       | 'Military ID  77'   | Military ID 77
          """)
  void normalisesSpacingAndUpperCasesOnlyPassports(
      IdentifierType type, String raw, String normalized) {
    IdentifierCheck check = IdentifierCheck.of(type, raw);

    assertThat(check.valid()).isTrue();
    assertThat(check.normalized()).isEqualTo(normalized);
    assertThat(check.derivedBirthDate()).isNull();
    assertThat(check.derivedSex()).isNull();
  }

  @ParameterizedTest(name = "[{index}] {0}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # type      | raw     | expected error (start)
          PASSPORT    | '   '   | The passport number is empty.
          CERTIFICATE | ''      | The certificate number is empty.
          """)
  void rejectsBlankAndControlCharacters(IdentifierType type, String raw, String expectedError) {
    IdentifierCheck check = IdentifierCheck.of(type, raw);

    assertThat(check.errors()).singleElement().asString().startsWith(expectedError);
  }

  @Test
  void rejectsMoreThan64Characters() {
    assertThat(IdentifierCheck.of(IdentifierType.PASSPORT, "A".repeat(64)).valid()).isTrue();
    assertThat(IdentifierCheck.of(IdentifierType.PASSPORT, "A".repeat(65)).errors())
        .singleElement()
        .asString()
        .startsWith("The passport number is longer than 64 characters");
  }

  @Test
  void rejectsControlCharactersLeftAfterCollapsingSpacing() {
    assertThat(IdentifierCheck.of(IdentifierType.OTHER, "a\u0000b").errors())
        .singleElement()
        .asString()
        .startsWith("The identifier contains invisible control characters");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource({
    "only zero-width spaces, '\u200B\u200B'",
    "a zero-width space inside, 'E12\u200B345'",
    "a lone surrogate, 'E12\uD800'",
    "a byte order mark, '\uFEFFE12345'"
  })
  void rejectsInvisibleAndBrokenCharacters(String why, String raw) {
    assertThat(IdentifierCheck.of(IdentifierType.PASSPORT, raw).errors())
        .as(why)
        .singleElement()
        .asString()
        .startsWith("The passport number contains invisible or broken characters");
  }

  @Test
  void nullIsTreatedAsEmpty() {
    assertThat(IdentifierCheck.of(IdentifierType.OTHER, null).valid()).isFalse();
  }
}
