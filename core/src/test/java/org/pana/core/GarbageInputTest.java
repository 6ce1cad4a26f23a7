package org.pana.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pana.core.date.InvalidPartialDate;
import org.pana.core.date.PartialDate;
import org.pana.core.person.Scripts;
import org.pana.core.person.identity.IdentifierCheck;
import org.pana.core.person.identity.IdentifierType;

/**
 * Parsers of what people type never fail in an unplanned way: on any input, the date parser either
 * parses or says why not, and the identifier checks return errors instead of throwing. Seeded, so a
 * failure replays; the seed is in the failure message.
 */
class GarbageInputTest {

  private static final long SEED = 0x5EED_2026L;
  private static final String ALPHABET =
      "0123456789-/~?%.XxT :+Z\u00B7\u0000\n\t aZ Қә ئۇ 努尔\uD83D\uDE00\u202E";

  @Test
  void theDateParserParsesOrSaysWhy() {
    Random random = new Random(SEED);
    for (int i = 0; i < 20_000; i++) {
      String text = garbage(random, i % 3 == 0 ? dateLike(random) : "");
      assertThatCode(
              () -> {
                try {
                  PartialDate date = PartialDate.parse(text);
                  assertThat(date.earliest()).isBeforeOrEqualTo(date.latest());
                  assertThat(PartialDate.parse(date.toString())).isEqualTo(date);
                } catch (InvalidPartialDate e) {
                  assertThat(e.getMessage()).isNotBlank();
                }
              })
          .as("seed %d, input #%d %s", SEED, i, escape(text))
          .doesNotThrowAnyException();
    }
  }

  @Test
  void identifierChecksReturnErrorsInsteadOfThrowing() {
    Random random = new Random(SEED);
    for (int i = 0; i < 20_000; i++) {
      String text = garbage(random, i % 2 == 0 ? digits(random) : "");
      for (IdentifierType type : IdentifierType.values()) {
        assertThatCode(
                () -> {
                  IdentifierCheck check = IdentifierCheck.of(type, text);
                  assertThat(check.valid() || !check.errors().isEmpty()).isTrue();
                })
            .as("seed %d, input #%d %s as %s", SEED, i, escape(text), type)
            .doesNotThrowAnyException();
      }
    }
  }

  @Test
  void nameTokensAndScriptDetectionTakeAnything() {
    Random random = new Random(SEED);
    for (int i = 0; i < 20_000; i++) {
      String text = garbage(random, "");
      assertThatCode(
              () -> {
                assertThat(Scripts.isCode(Scripts.detect(text))).isTrue();
              })
          .as("seed %d, input #%d %s", SEED, i, escape(text))
          .doesNotThrowAnyException();
    }
  }

  private static String garbage(Random random, String start) {
    StringBuilder text = new StringBuilder(start);
    int length = random.nextInt(24);
    for (int i = 0; i < length; i++) {
      text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return text.toString();
  }

  private static String dateLike(Random random) {
    return String.format(
        "%04d-%02d-%02d", random.nextInt(10_000), random.nextInt(14), random.nextInt(33));
  }

  private static String digits(Random random) {
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < 10 + random.nextInt(10); i++) {
      digits.append(random.nextInt(10));
    }
    return digits.toString();
  }

  private static String escape(String text) {
    StringBuilder escaped = new StringBuilder("\"");
    text.codePoints()
        .forEach(
            cp -> {
              if (cp < 0x20 || cp > 0x7E) {
                escaped.append(String.format("\\u%04X", cp));
              } else {
                escaped.appendCodePoint(cp);
              }
            });
    return escaped.append('"').toString();
  }
}
