package org.pana.core.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What every free-text field refuses (issue 13: names of zero-width characters and lone surrogates
 * were stored), and what names refuse on top. Code points are written as escapes so that the table
 * shows what it holds.
 */
class ProblemsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          zero-width spaces only            | \\u200B\\u200B          | invisible
          joiners only                      | \\u200C\\u200D          | invisible
          byte order marks and word joiners | \\uFEFF\\u2060          | invisible
          no-break and ideographic spaces   | \\u00A0\\u3000          | invisible
          a lone combining accent           | \\u0301                 | invisible
          Hangul fillers                    | \\u3164\\u115F          | invisible
          a lone high surrogate             | Aigerim\\uD800          | unpaired_surrogate
          a lone low surrogate              | \\uDC00Aigerim          | unpaired_surrogate
          surrogates in the wrong order     | \\uDE00\\uD83D          | unpaired_surrogate
          """)
  void freeTextRefuses(String why, String escaped, String code) {
    Problems problems = new Problems();

    String value = problems.optional("notes", unescape(escaped), 1000);

    assertThat(value).as(why).isNull();
    assertThat(problems.found()).extracting(FieldProblem::code).containsExactly(code);
    assertThat(problems.found()).extracting(FieldProblem::field).containsExactly("notes");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Persian with a zero-width non-joiner | می\\u200Cخواهم
          Arabic-script Uyghur                 | ئۇيغۇر
          an emoji, a proper surrogate pair    | thanks \\uD83D\\uDE00
          Hanzi                                | 努尔兰
          """)
  void freeTextKeepsWhatLanguagesNeed(String why, String escaped) {
    Problems problems = new Problems();

    String value = problems.optional("notes", unescape(escaped), 1000);

    assertThat(value).as(why).isEqualTo(unescape(escaped));
    assertThat(problems.isEmpty()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          zero-width space inside           | Nur\\u200Blan          | invisible_characters
          soft hyphen inside                | Nur\\u00ADlan          | invisible_characters
          byte order mark in front          | \\uFEFFNurlan          | invisible_characters
          a character that was not readable | Nur\\uFFFDlan          | unreadable_character
          no letter at all                  | 12 - 34                 | no_letters
          only zero-width spaces            | \\u200B\\u200B          | invisible
          a lone surrogate                  | Nurlan\\uD800          | unpaired_surrogate
          """)
  void namesRefuseMore(String why, String escaped, String code) {
    Problems problems = new Problems();

    String value = problems.name("names[0].value", unescape(escaped), 300);

    assertThat(value).as(why).isNull();
    assertThat(problems.found()).extracting(FieldProblem::code).containsExactly(code);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Kazakh Cyrillic               | Нұрлан Серікұлы
          Uyghur with a non-joiner      | نۇرلان\\u200Cسەرىك
          Hanzi with the middle dot     | 努尔兰·赛力克
          a name with an apostrophe     | O'Neil
          """)
  void namesKeepWhatScriptsNeed(String why, String escaped) {
    Problems problems = new Problems();

    assertThat(problems.name("names[0].value", unescape(escaped), 300))
        .as(why)
        .isEqualTo(unescape(escaped));
    assertThat(problems.isEmpty()).isTrue();
  }

  /** Reads {@code \\uXXXX} escapes, so that tables can show invisible characters. */
  private static String unescape(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      if (text.startsWith("\\u", i)) {
        out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
        i += 5;
      } else {
        out.append(text.charAt(i));
      }
    }
    return out.toString();
  }
}
